namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>
/// A notification was withdrawn because the case turned out not to meet the criteria; its rapid
/// review is closed accordingly.
/// </summary>
[IntegrationEvent("safeguarding.notification.notification-withdrawn.v1")]
public sealed record NotificationWithdrawnIntegrationEvent(
    Guid NotificationId,
    DateOnly WithdrawnOn) : IIntegrationEvent
{
    public string Subject => NotificationId.ToString();
}
