namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>A local authority notified the national panel of a serious incident.</summary>
[IntegrationEvent("safeguarding.notification.serious-incident-notified.v1")]
public sealed record SeriousIncidentNotifiedIntegrationEvent(
    Guid NotificationId,
    DateOnly NotifiedOn) : IIntegrationEvent
{
    public string Subject => NotificationId.ToString();
}
