using Safeguarding.RapidReview.Api.Grpc;
using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Tests;

public sealed class YearlyFiguresTests
{
    private static readonly DateOnly From = new(2026, 4, 1);
    private static readonly DateOnly To = new(2027, 3, 31);

    [Fact]
    public void Rapid_reviews_count_by_notification_submission_and_decision_and_reviews_by_their_decision_and_acceptance()
    {
        // Notified 1 December: 15 working days end on 22 December. One on time, one late, one notified before the period.
        var onTime = Reviews.Submitted(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 18));
        var late = Reviews.Submitted(new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 8), "The police had not yet contributed.");
        var earlier = Reviews.Decided(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 20), ReviewOutcomes.NoFurtherAction);
        var rapidReviews = new[] { onTime, late, earlier }.Select(r => new RapidReviewDates(r.NotifiedOn, r.Submission, r.Decision)).ToList();

        var started = Follow(onTime, new DateOnly(2026, 12, 18));
        var completedBefore = Follow(earlier, new DateOnly(2025, 5, 1));
        Accept(completedBefore, new DateOnly(2026, 2, 1));
        var completed = Follow(late, new DateOnly(2025, 11, 3));
        completed.RecordSlippage(new DateOnly(2026, 8, 1), "The trial was adjourned.", Reviews.On(new DateOnly(2026, 4, 20)));
        Accept(completed, new DateOnly(2026, 7, 20));

        var figures = YearlyFigures.Of(rapidReviews, [started, completedBefore, completed], From, To);

        Assert.Equal((2, 2, 1), (figures.RapidReviews, figures.Submitted, figures.SubmittedWithin15WorkingDays));
        Assert.Equal((ReviewOutcomes.LocalPracticeReview, 2), (Assert.Single(figures.Decisions).Outcome, figures.Decisions[0].Count));
        var reviews = Assert.Single(figures.Reviews);
        Assert.Equal((1, 1), (reviews.Started, reviews.Completed));
        // The review completed before the period began has no timeline in it.
        Assert.Equal([completed.Id.ToString(), started.Id.ToString()], figures.Timelines.Select(t => t.ReviewId));
        var timeline = figures.Timelines[0];
        Assert.Equal(("2025-11-03", "2026-07-20", "2026-07-20"), (timeline.DecidedOn, timeline.AuthorAppointedOn, timeline.AcceptedOn));
        Assert.Equal("The trial was adjourned.", Assert.Single(timeline.Delays).Reason);
        Assert.Equal("", figures.Timelines[1].AuthorAppointedOn);
    }

    private static CaseReview Follow(Api.Model.RapidReview rapidReview, DateOnly decidedOn) => CaseReview.Follow(rapidReview, new ReviewDecision
    {
        Outcome = ReviewOutcomes.LocalPracticeReview, Rationale = "r", DecidedOn = decidedOn, DecidedBy = "chair",
    });

    private static void Accept(CaseReview review, DateOnly on)
    {
        var clock = Reviews.On(on);
        review.AppointReviewer("Tom Fielding", on, "Learning Together", clock);
        review.RecordDraftReport(on, clock);
        review.AcceptReport(on, ["f"], ["t"], ["r"], clock);
    }
}
