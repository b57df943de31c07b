using static Safeguarding.ServiceDefaults.Domain.Rules;

namespace Safeguarding.LearningAction.Api.Model;

/// <summary>What an action answers: a review's recommendation in the plan, or a source outside any review.</summary>
public sealed record ActionPlanEntry(string Partnership, string Source, string? SourceReference, PlanRecommendation? Recommendation)
{
    public static ActionPlanEntry ForRecommendation(PlanRecommendation recommendation) =>
        new(recommendation.Partnership, ActionSources.ReviewRecommendation, recommendation.Code, recommendation);

    /// <summary>An action from a rapid review's decision, an audit, an inspection or elsewhere: its source says which.</summary>
    public static ActionPlanEntry Outside(string partnership, string source, string? reference)
    {
        Valid(source != ActionSources.ReviewRecommendation, "source", "An action for a review's recommendation names the recommendation (recommendationId).");
        Valid(reference is not null, "sourceReference", "sourceReference says which rapid review, audit or inspection the action comes from.");
        return new(partnership, source, reference, null);
    }
}
