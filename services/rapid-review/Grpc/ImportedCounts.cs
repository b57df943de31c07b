using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Grpc;

/// <summary>What an imported case counts for in the benchmarks: a rapid review by its notification (or sending), a local review by its start.</summary>
internal static class ImportedCounts
{
    public static IEnumerable<(string Partnership, string Measure, DateOnly Day)> Of(ImportedReview review)
    {
        if ((review.NotifiedOn ?? review.RapidReviewOn) is { } opened && review.RapidReviewOn is not null)
            yield return (review.Partnership, "rapid-reviews", opened.FirstDay);
        if (review is { Outcome: ReviewOutcomes.LocalPracticeReview, ReviewDecidedOn: { } started })
            yield return (review.Partnership, "local-reviews", started.FirstDay);
    }
}
