using Safeguarding.RapidReview.Api.Model;
using Safeguarding.ServiceDefaults.Domain;

namespace Safeguarding.RapidReview.Tests;

/// <summary>The rapid review's steps, their order and their rules, on the aggregate alone.</summary>
public sealed class RapidReviewStepsTests
{
    // Notified Friday 18 December 2026; due Wednesday 13 January 2027 (Christmas and New Year are not working days).
    private static readonly DateOnly NotifiedOn = new(2026, 12, 18);
    private static readonly DateOnly Today = new(2026, 12, 23);

    [Fact]
    public void A_review_runs_from_contributions_to_the_panels_response_completing_its_milestones_on_the_way()
    {
        var review = Reviews.Open(NotifiedOn);
        var clock = Reviews.On(Today);

        review.CompleteMilestoneByHand(Api.Model.RapidReview.ManualMilestone, clock);
        review.Contribute(Reviews.Contribution(), null, Reviews.On(Today));
        review.RecordMeeting(Today, localAuthority: true, police: true, health: false, "business-unit", clock);
        review.Recommend(Reviews.Recommendation(), clock);
        var follow = review.Decide(ReviewOutcomes.LocalPracticeReview, "Criteria met.", "Chair", clock);
        review.RecordCommunication("review-group", Today, clock);
        review.RecordCommunication("referrer", Today, clock);
        review.SubmitToPanel(null, null, "business-unit", clock);
        review.RecordPanelResponse("agrees", null, clock);

        Assert.Equal(RapidReviewStatus.Completed, review.Status);
        Assert.Equal(Today, review.Recommendation!.SubmittedOn);
        Assert.Equal(Today, review.Decision!.DecidedOn);
        Assert.True(review.Submission!.OnTime);
        Assert.All(review.Milestones, m => Assert.Equal(clock.GetUtcNow(), m.CompletedAt));
        Assert.NotNull(follow);
        Assert.Equal(ReviewOutcomes.LocalPracticeReview, follow.Type);
        Assert.Equal(review.Id, follow.RapidReviewId);
        Assert.Equal(Today.AddMonths(6), follow.TargetCompletionOn);
    }

    [Fact]
    public void The_decision_announces_the_outcome_the_review_that_follows_and_the_learning_themes_identified()
    {
        var review = Reviews.Open(NotifiedOn);
        var clock = Reviews.On(Today);
        review.RecordMeeting(Today, true, true, true, "business-unit", clock);
        var recommendation = Reviews.Recommendation();
        recommendation.LearningThemes = ["neglect", "information-sharing"];
        review.Recommend(recommendation, clock);

        var follow = review.Decide(ReviewOutcomes.LocalPracticeReview, "Criteria met.", "Chair", clock);

        var decided = Assert.IsType<Contracts.IntegrationEvents.RapidReviewDecidedIntegrationEvent>(Assert.Single(review.RaisedEvents()).Event);
        Assert.Equal((review.Id, review.NotificationId, ReviewOutcomes.LocalPracticeReview, Today, follow!.Id),
            (decided.RapidReviewId, decided.NotificationId, decided.Outcome, decided.DecidedOn, decided.ReviewId));
        Assert.Equal(["neglect", "information-sharing"], decided.LearningThemes);
        Assert.Equal(review.RaisedEvents()[0].OccurredAt, clock.GetUtcNow());
    }

    [Fact]
    public void No_further_action_starts_no_review()
    {
        var review = Reviews.Open(NotifiedOn);
        var clock = Reviews.On(Today);
        review.RecordMeeting(Today, true, true, true, "business-unit", clock);
        review.Recommend(Reviews.Recommendation(ReviewOutcomes.NoFurtherAction), clock);

        Assert.Null(review.Decide(ReviewOutcomes.NoFurtherAction, "Threshold not met.", "Chair", clock));
        Assert.Equal(RapidReviewStatus.Decided, review.Status);
        var decided = Assert.IsType<Contracts.IntegrationEvents.RapidReviewDecidedIntegrationEvent>(Assert.Single(review.RaisedEvents()).Event);
        Assert.Null(decided.ReviewId);
        Assert.Empty(decided.LearningThemes);
    }

    [Fact]
    public void Steps_out_of_order_are_not_allowed_and_say_why()
    {
        var review = Reviews.Open(NotifiedOn);
        var clock = Reviews.On(Today);

        Assert.Contains("record the meeting first", NotAllowed(() => review.Recommend(Reviews.Recommendation(), clock)));
        Assert.Contains("has not been submitted", NotAllowed(() => review.Decide(ReviewOutcomes.NoFurtherAction, "r", "Chair", clock)));
        Assert.Contains("no decision to communicate", NotAllowed(() => review.RecordCommunication("family", Today, clock)));
        Assert.Contains("there is none yet", NotAllowed(() => review.SubmitToPanel(null, null, "business-unit", clock)));
        Assert.Contains("has not been submitted", NotAllowed(() => review.RecordPanelResponse("agrees", null, clock)));
        Assert.Null(review.Meeting);
        Assert.Equal(RapidReviewStatus.Open, review.Status);
    }

    [Fact]
    public void Each_step_is_taken_once_and_contributions_close_with_the_decision()
    {
        var review = Reviews.Decided(NotifiedOn, Today);
        var clock = Reviews.On(Today);

        Assert.Contains("already recorded", NotAllowed(() => review.RecordMeeting(Today, true, true, true, "business-unit", clock)));
        Assert.Contains("already submitted", NotAllowed(() => review.Recommend(Reviews.Recommendation(), clock)));
        Assert.Contains("a decision is made once", NotAllowed(() => review.Decide(ReviewOutcomes.NoFurtherAction, "second thoughts", "Chair", clock)));
        Assert.Contains("contributions are closed", NotAllowed(() => review.Contribute(Reviews.Contribution(), null, Reviews.On(Today))));
        review.SubmitToPanel(null, null, "business-unit", clock);
        Assert.Contains("was submitted on 2026-12-23", NotAllowed(() => review.SubmitToPanel(null, null, "business-unit", clock)));
        review.RecordPanelResponse("disagrees", "Not enough detail.", clock);
        Assert.Contains("already responded", NotAllowed(() => review.RecordPanelResponse("agrees", null, clock)));
    }

    [Theory]
    [InlineData("2026-12-24", "heldOn")]
    [InlineData("2026-12-17", "heldOn")]
    public void A_meeting_cannot_be_dated_in_the_future_or_before_the_notification(string heldOn, string field)
    {
        var review = Reviews.Open(NotifiedOn);
        var refused = Assert.Throws<InvalidValueException>(() =>
            review.RecordMeeting(DateOnly.Parse(heldOn, System.Globalization.CultureInfo.InvariantCulture), true, true, true, "bu", Reviews.On(Today)));

        Assert.Equal(field, refused.Field);
        Assert.Null(review.Meeting);
    }

    [Fact]
    public void A_decision_cannot_be_communicated_before_it_was_made()
    {
        var review = Reviews.Decided(NotifiedOn, Today);

        var refused = Assert.Throws<InvalidValueException>(() => review.RecordCommunication("family", Today.AddDays(-1), Reviews.On(Today)));
        Assert.Equal("communicatedOn", refused.Field);
    }

    [Fact]
    public void The_decision_communicated_milestone_needs_the_review_group_and_the_referrer()
    {
        var review = Reviews.Decided(NotifiedOn, Today);
        var clock = Reviews.On(Today);

        review.RecordCommunication("family", Today, clock);
        review.RecordCommunication("review-group", Today, clock);
        Assert.Null(Milestone(review, "decision-communicated").CompletedAt);
        review.RecordCommunication("referrer", Today, clock);
        Assert.NotNull(Milestone(review, "decision-communicated").CompletedAt);
    }

    [Fact]
    public void A_late_submission_needs_its_reason_and_is_recorded_as_late()
    {
        var lateDay = new DateOnly(2027, 1, 15);
        var review = Reviews.Decided(NotifiedOn, lateDay);
        var clock = Reviews.On(lateDay);

        Assert.Equal("delayReason", Assert.Throws<InvalidValueException>(() => review.SubmitToPanel(null, null, "bu", clock)).Field);
        Assert.Equal("submittedOn", Assert.Throws<InvalidValueException>(() => review.SubmitToPanel(lateDay.AddDays(1), "r", "bu", clock)).Field);

        review.SubmitToPanel(null, "Police disclosure awaited.", "bu", clock);
        Assert.False(review.Submission!.OnTime);
        Assert.Equal("Police disclosure awaited.", review.Submission.DelayReason);
        Assert.Equal(RapidReviewStatus.SubmittedToPanel, review.Status);
    }

    [Fact]
    public void Only_the_chairs_informed_milestone_is_completed_by_hand_and_only_once()
    {
        var review = Reviews.Open(NotifiedOn);
        var clock = Reviews.On(Today);

        Assert.Contains("completed by recording the step", NotAllowed(() => review.CompleteMilestoneByHand("rapid-review-meeting", clock)));
        review.CompleteMilestoneByHand(Api.Model.RapidReview.ManualMilestone, clock);
        Assert.Contains("already completed", NotAllowed(() => review.CompleteMilestoneByHand(Api.Model.RapidReview.ManualMilestone, clock)));
    }

    [Fact]
    public void A_review_closed_by_the_notifications_withdrawal_takes_no_further_step()
    {
        var review = Reviews.Open(NotifiedOn);
        Assert.True(review.CloseForWithdrawal(Today));

        Assert.Contains("closed on 2026-12-23 (notification-withdrawn)", NotAllowed(() => review.Contribute(Reviews.Contribution(), null, Reviews.On(Today))));
        Assert.Contains("is closed", NotAllowed(() => review.RecordMeeting(Today, true, true, true, "bu", Reviews.On(Today))));
        Assert.False(review.CloseForWithdrawal(Today));
    }

    [Fact]
    public void A_withdrawal_closes_a_decided_or_submitted_review_but_not_a_completed_one()
    {
        var decided = Reviews.Decided(NotifiedOn, Today);
        Assert.True(decided.CloseForWithdrawal(Today));
        Assert.Equal(RapidReviewStatus.Closed, decided.Status);
        Assert.Equal("notification-withdrawn", decided.ClosedBecause);

        var completed = Reviews.Submitted(NotifiedOn, Today);
        completed.RecordPanelResponse("agrees", null, Reviews.On(Today));
        Assert.False(completed.CloseForWithdrawal(Today));
        Assert.Equal(RapidReviewStatus.Completed, completed.Status);
    }

    private static string NotAllowed(Action step) => Assert.Throws<StepNotAllowedException>(step).Message;

    private static RapidReviewMilestone Milestone(Api.Model.RapidReview review, string code) => review.Milestones.Single(m => m.Code == code);
}
