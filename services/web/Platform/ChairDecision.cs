namespace Safeguarding.Web.Platform;

/// <summary>The independent chair's decision on a rapid review, with its reasons.</summary>
public sealed record ChairDecision(string Outcome, string Rationale, DateOnly DecidedOn);
