namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>An agency referred a case for the partnership to consider. No case details travel.</summary>
[IntegrationEvent("safeguarding.notification.referral-received.v1")]
public sealed record ReferralReceivedIntegrationEvent(Guid ReferralId, DateOnly ReferredOn, DateOnly DecisionDueOn) : IIntegrationEvent
{
    public string Subject => ReferralId.ToString();
}

/// <summary>The partnership decided not to notify; <paramref name="Escalated"/> when a statutory partner disagreed.</summary>
[IntegrationEvent("safeguarding.notification.decision-not-to-notify-recorded.v1")]
public sealed record DecisionNotToNotifyRecordedIntegrationEvent(Guid ReferralId, DateOnly DecidedOn, bool Escalated) : IIntegrationEvent
{
    public string Subject => ReferralId.ToString();
}

/// <summary>The independent chair resolved a disagreement: <paramref name="Outcome"/> is notify or do-not-notify.</summary>
[IntegrationEvent("safeguarding.notification.escalation-resolved.v1")]
public sealed record EscalationResolvedIntegrationEvent(Guid ReferralId, string Outcome, DateOnly ResolvedOn) : IIntegrationEvent
{
    public string Subject => ReferralId.ToString();
}

/// <summary>A case below the threshold was kept for learning, or its learning outcome was recorded.</summary>
[IntegrationEvent("safeguarding.notification.referral-kept-for-learning.v1")]
public sealed record ReferralKeptForLearningIntegrationEvent(Guid ReferralId, DateOnly RecordedOn, bool OutcomeRecorded) : IIntegrationEvent
{
    public string Subject => ReferralId.ToString();
}
