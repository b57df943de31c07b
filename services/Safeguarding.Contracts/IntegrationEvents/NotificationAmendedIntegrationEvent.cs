namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>A notification was corrected. Carries the names of the changed fields, never their values.</summary>
[IntegrationEvent("safeguarding.notification.notification-amended.v1")]
public sealed record NotificationAmendedIntegrationEvent(
    Guid NotificationId,
    int AmendmentNumber,
    IReadOnlyList<string> ChangedFields,
    DateOnly AmendedOn) : IIntegrationEvent
{
    public string Subject => NotificationId.ToString();
}
