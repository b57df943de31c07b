namespace Safeguarding.LearningAction.Api.Model;

/// <summary>Where an action came from: a review's recommendation, a rapid review's decision, or outside any review.</summary>
public static class ActionSources
{
    public const string ReviewRecommendation = "review-recommendation";
    public const string RapidReview = "rapid-review";
    public const string Audit = "audit";
    public const string Inspection = "inspection";
    public const string Other = "other";

    public static readonly string[] All = [ReviewRecommendation, RapidReview, Audit, Inspection, Other];
}
