using System.ComponentModel.DataAnnotations;
using Safeguarding.ServiceDefaults.Validation;
using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

/// <summary>The business manager's recommendation to the independent chair.</summary>
public sealed record RecommendationRequest(
    [Required, MaxLength(20_000)] string Facts,
    [Required, MaxLength(10_000)] string LearningIdentified,
    [Required, MaxLength(10_000)] string ImmediateActions,
    [Required, OneOf(ReviewOutcomes.NoFurtherAction, ReviewOutcomes.SingleAgencyReview, ReviewOutcomes.CaseMappingExercise, ReviewOutcomes.ThematicLearningReview,
        ReviewOutcomes.LocalPracticeReview, ReviewOutcomes.RecommendNationalReview)] string RecommendedOutcome,
    [Required, MaxLength(10_000)] string Rationale,
    [MaxLength(50), TextItems(200)] IReadOnlyList<string>? LearningThemes = null)
{
    public Recommendation ToRecommendation(string submittedBy) => new()
    {
        Facts = Facts.Trim(), LearningIdentified = LearningIdentified.Trim(), ImmediateActions = ImmediateActions.Trim(),
        RecommendedOutcome = RecommendedOutcome, Rationale = Rationale.Trim(), SubmittedBy = submittedBy,
        LearningThemes = [.. (LearningThemes ?? []).Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)],
    };
}
