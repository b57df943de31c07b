using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.RapidReview.Api.Model;
using Safeguarding.ServiceDefaults.Domain;

namespace Safeguarding.RapidReview.Tests;

/// <summary>The review that follows a rapid review: its steps, their order and their bounds, on the aggregate alone.</summary>
public sealed class CaseReviewStepsTests
{
    private static readonly DateOnly Today = new(2026, 12, 23);

    [Fact]
    public void Terms_of_reference_and_a_draft_report_need_a_reviewer_and_acceptance_needs_the_draft()
    {
        var review = Follow();
        var clock = Reviews.On(Today);

        Assert.Contains("appoint one first", NotAllowed(() => review.AgreeTermsOfReference(Today, clock)));
        Assert.Contains("appoint one first", NotAllowed(() => review.RecordDraftReport(Today, clock)));
        Assert.Contains("record the draft report first", NotAllowed(() => review.AcceptReport(Today, ["f"], ["t"], ["r"], clock)));

        review.AppointReviewer("Tom Fielding", Today, "Learning Together", clock);
        review.AgreeTermsOfReference(Today, clock);
        review.RecordDraftReport(Today, clock);
        review.AcceptReport(Today, ["f"], ["t"], ["r"], clock);
        Assert.Equal(CaseReviewStatus.ReportAccepted, review.Status);
    }

    [Fact]
    public void Accepting_the_report_numbers_the_recommendations_and_raises_the_event_once_saved()
    {
        var review = Follow();
        var clock = Reviews.On(Today);
        review.AppointReviewer("Tom Fielding", Today, "Learning Together", clock);
        review.RecordDraftReport(Today, clock);

        review.AcceptReport(Today, ["Finding"], ["Domestic abuse"], ["Share call-outs.", "Train staff."], clock);

        Assert.Equal(["R1", "R2"], review.Report!.Recommendations.Select(r => r.Id));
        var raised = Assert.Single(review.RaisedEvents());
        var accepted = Assert.IsType<CaseReviewReportAcceptedIntegrationEvent>(raised.Event);
        Assert.Equal(review.Id, accepted.ReviewId);
        Assert.Equal(Today, accepted.AcceptedOn);
        Assert.Equal(["R1", "R2"], accepted.Recommendations.Select(r => r.Id));
        Assert.Equal(clock.GetUtcNow(), raised.OccurredAt);
    }

    [Fact]
    public void Once_the_report_is_accepted_nothing_more_is_recorded()
    {
        var review = Follow();
        var clock = Reviews.On(Today);
        review.AppointReviewer("Tom Fielding", Today, "Learning Together", clock);
        review.RecordDraftReport(Today, clock);
        review.AcceptReport(Today, ["f"], ["t"], ["r"], clock);

        Assert.Contains("the review is complete", NotAllowed(() => review.RecordPanelMeeting(Today, clock)));
        Assert.Contains("the review is complete", NotAllowed(() => review.RecordFamilyInvolvement("invited", "v")));
        Assert.Contains("was accepted on 2026-12-23", NotAllowed(() => review.AcceptReport(Today, ["f"], ["t"], ["r"], clock)));
    }

    [Fact]
    public void Parallel_proceedings_cannot_push_the_expected_completion_beyond_five_years_however_often_they_are_recorded()
    {
        var review = Follow();
        var clock = Reviews.On(Today);
        for (var i = 0; i < CaseReview.MaxTotalDelayDays / 1_000; i++)
        {
            review.RecordParallelProceeding("inquest", null, 1_000, "Adjourned again.", clock);
        }

        var refused = Assert.Throws<InvalidValueException>(() => review.RecordParallelProceeding("inquest", null, 1_000, "Adjourned again.", clock));
        Assert.Equal("expectedDelayDays", refused.Field);
        Assert.True(review.ExpectedCompletionOn <= review.TargetCompletionOn.AddDays(CaseReview.MaxTotalDelayDays));
    }

    [Theory]
    [InlineData("appointedOn")]
    [InlineData("receivedOn")]
    public void Dates_of_things_done_cannot_be_in_the_future(string field)
    {
        var review = Follow();
        var clock = Reviews.On(Today);
        var tomorrow = Today.AddDays(1);
        if (field == "receivedOn")
        {
            review.AppointReviewer("Tom Fielding", Today, "Learning Together", clock);
        }

        var refused = Assert.Throws<InvalidValueException>(() =>
        {
            if (field == "appointedOn")
            {
                review.AppointReviewer("Tom Fielding", tomorrow, "Learning Together", clock);
            }
            else
            {
                review.RecordDraftReport(tomorrow, clock);
            }
        });
        Assert.Equal(field, refused.Field);
    }

    [Fact]
    public void Slippage_must_move_the_expected_completion_to_a_later_day()
    {
        var review = Follow();
        Assert.Equal("newExpectedCompletionOn", Assert.Throws<InvalidValueException>(() => review.RecordSlippage(Today, "r", Reviews.On(Today))).Field);
    }

    private static CaseReview Follow() => Reviews.Decided(new DateOnly(2026, 12, 18), Today) is var rapid && rapid.Decision is { } decision
        ? CaseReview.Follow(rapid, decision)
        : throw new InvalidOperationException();

    private static string NotAllowed(Action step) => Assert.Throws<StepNotAllowedException>(step).Message;
}
