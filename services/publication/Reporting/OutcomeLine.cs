namespace Safeguarding.Publication.Api.Reporting;

/// <summary>How many of something had this outcome (or kind).</summary>
public sealed record OutcomeLine(string Outcome, int Count);
