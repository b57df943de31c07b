namespace Safeguarding.Web.Platform;

/// <summary>The chair's resolution of an escalation: notify or do not notify, and why.</summary>
public sealed record EscalationResolved(string Outcome, string Reasoning, DateOnly ResolvedOn, string? ResolvedByName);
