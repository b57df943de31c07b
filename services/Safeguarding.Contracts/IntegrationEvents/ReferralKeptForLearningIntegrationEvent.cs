namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>A case below the threshold was kept for learning, or its learning outcome was recorded.</summary>
[IntegrationEvent("safeguarding.notification.referral-kept-for-learning.v1")]
public sealed record ReferralKeptForLearningIntegrationEvent(Guid ReferralId, DateOnly RecordedOn, bool OutcomeRecorded) : IIntegrationEvent
{
    public string Subject => ReferralId.ToString();
}
