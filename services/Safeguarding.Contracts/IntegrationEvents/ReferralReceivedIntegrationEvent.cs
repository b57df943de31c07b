namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>An agency referred a case for the partnership to consider. No case details travel.</summary>
[IntegrationEvent("safeguarding.notification.referral-received.v1")]
public sealed record ReferralReceivedIntegrationEvent(Guid ReferralId, DateOnly ReferredOn, DateOnly DecisionDueOn) : IIntegrationEvent
{
    public string Subject => ReferralId.ToString();
}
