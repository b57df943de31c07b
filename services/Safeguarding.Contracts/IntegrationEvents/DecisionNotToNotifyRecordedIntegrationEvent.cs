namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>The partnership decided not to notify; <paramref name="Escalated"/> when a statutory partner disagreed.</summary>
[IntegrationEvent("safeguarding.notification.decision-not-to-notify-recorded.v1")]
public sealed record DecisionNotToNotifyRecordedIntegrationEvent(Guid ReferralId, DateOnly DecidedOn, bool Escalated) : IIntegrationEvent
{
    public string Subject => ReferralId.ToString();
}
