namespace Safeguarding.Web.Platform;

/// <summary>Partners disagree about notifying: the escalation to the independent chair, and how the chair resolved it.</summary>
public sealed record ReferralEscalation(DateOnly OpenedOn, IReadOnlyList<string> DisagreeingPartners, EscalationResolved? Resolution);
