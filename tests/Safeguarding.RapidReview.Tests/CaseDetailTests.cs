using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Tests;

/// <summary>What a read of a whole rapid review or review discloses, and so puts on the audit trail.</summary>
public sealed class CaseDetailTests
{
    private static readonly DateOnly Today = new(2026, 12, 23);

    [Fact]
    public void A_rapid_review_discloses_its_contributions_recommendation_and_decision_once_recorded()
    {
        var review = Reviews.Open(new DateOnly(2026, 12, 18));
        Assert.Empty(review.RecordedCaseDetail());

        review.Contribute(Reviews.Contribution(), null, Reviews.On(Today));
        Assert.Equal(["contributions"], review.RecordedCaseDetail());

        Assert.Equal(["recommendation", "decision"], Reviews.Decided(new DateOnly(2026, 12, 18), Today).RecordedCaseDetail());
    }

    [Fact]
    public void A_review_discloses_the_familys_involvement_the_reasons_for_delay_the_costs_and_the_report()
    {
        var rapid = Reviews.Decided(new DateOnly(2026, 12, 18), Today);
        var review = CaseReview.Follow(rapid, rapid.Decision!);
        var clock = Reviews.On(Today);
        review.AppointReviewer("Tom Fielding", Today, "Learning Together", clock);
        Assert.Empty(review.RecordedCaseDetail());

        review.RecordFamilyInvolvement("took-part", "The child's words, as the family gave them.");
        review.RecordParallelProceeding("criminal-trial", null, 60, "The trial is listed for March.", clock);
        review.RecordSlippage(Today.AddMonths(8), "The author is ill.", clock);
        review.RecordCosts(8_000m, 500m, []);
        review.RecordDraftReport(Today, clock);
        review.AcceptReport(Today, ["Finding"], ["Neglect"], ["Share call-outs."], clock);

        Assert.Equal(["familyInvolvement", "parallelProceedings", "slippages", "costs", "report"], review.RecordedCaseDetail());
    }
}
