namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>The independent chair resolved a disagreement: <paramref name="Outcome"/> is notify or do-not-notify.</summary>
[IntegrationEvent("safeguarding.notification.escalation-resolved.v1")]
public sealed record EscalationResolvedIntegrationEvent(Guid ReferralId, string Outcome, DateOnly ResolvedOn) : IIntegrationEvent
{
    public string Subject => ReferralId.ToString();
}
