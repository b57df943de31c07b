namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>
/// A local authority notified the national panel of a serious incident. When it follows a referral,
/// <paramref name="ReferralId"/> names it; <paramref name="Retrospective"/> when the partnership had
/// earlier decided not to notify and new evidence came to light.
/// </summary>
[IntegrationEvent("safeguarding.notification.serious-incident-notified.v1")]
public sealed record SeriousIncidentNotifiedIntegrationEvent(
    Guid NotificationId,
    DateOnly NotifiedOn,
    Guid? ReferralId = null,
    bool Retrospective = false) : IIntegrationEvent
{
    public string Subject => NotificationId.ToString();
}
