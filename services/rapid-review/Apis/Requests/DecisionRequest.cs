using System.ComponentModel.DataAnnotations;
using Safeguarding.ServiceDefaults.Validation;
using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

/// <summary>The independent chair's decision on what kind of review to hold.</summary>
public sealed record DecisionRequest(
    [Required, OneOf(ReviewOutcomes.NoFurtherAction, ReviewOutcomes.SingleAgencyReview, ReviewOutcomes.CaseMappingExercise, ReviewOutcomes.ThematicLearningReview,
        ReviewOutcomes.LocalPracticeReview, ReviewOutcomes.RecommendNationalReview)] string Outcome,
    [Required, MaxLength(10_000)] string Rationale);
