namespace Safeguarding.Web.Platform;

/// <summary>The rapid review as sent to the national panel.</summary>
public sealed record PanelSubmission(DateOnly SubmittedOn, bool OnTime, string? DelayReason);
