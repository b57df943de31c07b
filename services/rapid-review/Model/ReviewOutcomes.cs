namespace Safeguarding.RapidReview.Api.Model;

/// <summary>What the chair may decide (DOMAIN.md step 4).</summary>
public static class ReviewOutcomes
{
    public const string NoFurtherAction = "no-further-action";
    public const string SingleAgencyReview = "single-agency-review";
    public const string CaseMappingExercise = "case-mapping-exercise";
    public const string ThematicLearningReview = "thematic-learning-review";
    public const string LocalPracticeReview = "local-child-safeguarding-practice-review";
    public const string RecommendNationalReview = "recommend-national-review";
}
