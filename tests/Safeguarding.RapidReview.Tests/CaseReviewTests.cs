using Safeguarding.RapidReview.Api.Apis;
using Safeguarding.RapidReview.Api.Model;
using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Tests;

public sealed class CaseReviewTests
{
    [Fact]
    public void A_review_is_due_six_months_after_the_decision_and_parallel_proceedings_then_slippage_move_the_expected_completion()
    {
        var review = Follow(new DateOnly(2026, 8, 31));
        Assert.Equal(new DateOnly(2027, 2, 28), review.TargetCompletionOn);
        Assert.Equal(review.TargetCompletionOn, review.ExpectedCompletionOn);

        var clock = Reviews.On(new DateOnly(2026, 9, 1));
        review.RecordParallelProceeding("inquest", null, 30, "Inquest listed for March.", clock);
        review.RecordParallelProceeding("criminal-trial", null, 60, "Trial listed for May.", clock);
        Assert.Equal(new DateOnly(2027, 5, 29), review.ExpectedCompletionOn);

        review.RecordSlippage(new DateOnly(2027, 7, 1), "Family asked for more time.", clock);
        Assert.Equal(new DateOnly(2027, 7, 1), review.ExpectedCompletionOn);
    }

    [Fact]
    public void Review_timeliness_counts_reports_accepted_within_six_months_and_gives_the_reasons_for_the_others()
    {
        var onTime = Follow(new DateOnly(2026, 1, 10));
        Accept(onTime, new DateOnly(2026, 7, 1));
        var late = Follow(new DateOnly(2026, 1, 10));
        late.RecordParallelProceeding("criminal-trial", null, 90, "Awaiting the verdict.", Reviews.On(new DateOnly(2026, 3, 1)));
        late.RecordSlippage(new DateOnly(2026, 11, 1), "Reviewer changed.", Reviews.On(new DateOnly(2026, 6, 1)));
        Accept(late, new DateOnly(2026, 10, 30));

        var figures = CaseReviewsApi.Figures([onTime, late, Follow(new DateOnly(2026, 5, 1))]);

        Assert.Equal(2, figures.Completed);
        Assert.Equal(1, figures.WithinSixMonths);
        var delay = Assert.Single(figures.Delays);
        Assert.Equal(["criminal-trial: Awaiting the verdict.", "Reviewer changed."], delay.Reasons);
    }

    [Fact]
    public void On_the_briefing_paper_a_review_is_green_on_track_amber_a_month_before_completion_without_a_draft_and_red_once_slipped()
    {
        var review = Follow(new DateOnly(2026, 8, 31));
        Assert.Equal("green", BriefingPaper.ReviewItem(review, new DateOnly(2026, 12, 1)).Rating);
        Assert.Equal("reviewer to be appointed", BriefingPaper.ReviewItem(review, new DateOnly(2026, 12, 1)).Stage);
        Assert.Equal("amber", BriefingPaper.ReviewItem(review, new DateOnly(2027, 2, 1)).Rating);
        review.AppointReviewer("Tom Fielding", new DateOnly(2026, 9, 15), "Learning Together", Reviews.On(new DateOnly(2026, 9, 15)));
        review.RecordDraftReport(new DateOnly(2027, 1, 20), Reviews.On(new DateOnly(2027, 1, 20)));
        Assert.Equal("green", BriefingPaper.ReviewItem(review, new DateOnly(2027, 2, 1)).Rating);
        Assert.Equal("red", BriefingPaper.ReviewItem(review, new DateOnly(2027, 3, 1)).Rating);
        review.RecordSlippage(new DateOnly(2027, 4, 1), "r", Reviews.On(new DateOnly(2027, 1, 1)));
        Assert.Equal("red", BriefingPaper.ReviewItem(review, new DateOnly(2027, 1, 1)).Rating);
    }

    private static void Accept(CaseReview review, DateOnly on)
    {
        var clock = Reviews.On(on);
        review.AppointReviewer("Tom Fielding", on, "Learning Together", clock);
        review.RecordDraftReport(on, clock);
        review.AcceptReport(on, ["f"], ["t"], ["r"], clock);
    }

    private static CaseReview Follow(DateOnly decidedOn)
    {
        var rapidReview = Api.Model.RapidReview.Open(Guid.NewGuid(), "northshire", "Northshire County Council", "serious-harm",
            decidedOn.AddDays(-14), WorkingDayCalendar.EnglandAndWales, new DateTimeOffset(decidedOn.AddDays(-14).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        return CaseReview.Follow(rapidReview, new ReviewDecision
        {
            Outcome = "local-child-safeguarding-practice-review", Rationale = "r", DecidedOn = decidedOn, DecidedBy = "chair",
        });
    }
}
