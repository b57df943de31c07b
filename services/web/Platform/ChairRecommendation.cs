namespace Safeguarding.Web.Platform;

/// <summary>The business manager's recommendation to the chair.</summary>
public sealed record ChairRecommendation(string RecommendedOutcome, string Rationale, DateOnly? SubmittedOn);
