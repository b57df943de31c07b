using Microsoft.Extensions.Time.Testing;
using Safeguarding.RapidReview.Api.Apis;
using Safeguarding.RapidReview.Api.Infrastructure;
using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Tests;

/// <summary>Each milestone falls due, and becomes overdue, on the right day across weekends and bank holidays.</summary>
public sealed class MilestoneScheduleTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    // Notified on Friday 18 December 2026: Christmas Day, the substitute Boxing Day (28th) and New Year's Day are not working days.
    private static readonly DateOnly NotifiedOn = new(2026, 12, 18);

    [Theory]
    [InlineData("chairs-informed", "2026-12-21")]
    [InlineData("rapid-review-meeting", "2027-01-06")]
    [InlineData("recommendation-submitted", "2027-01-08")]
    [InlineData("chair-decision", "2027-01-12")]
    [InlineData("decision-communicated", "2027-01-13")]
    public void Each_milestone_is_overdue_from_the_day_after_it_falls_due(string code, string dueOn)
    {
        var review = Open();
        var due = DateOnly.Parse(dueOn, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(due, Milestone(review, code, due).DueOn);
        Assert.False(Milestone(review, code, due).Overdue);
        Assert.True(Milestone(review, code, due.AddDays(1)).Overdue);
        Assert.Equal(new DateOnly(2027, 1, 13), review.DueOn);
    }

    [Fact]
    public void A_completed_milestone_or_a_closed_review_is_never_overdue()
    {
        var review = Open();
        review.CompleteMilestoneByHand("chairs-informed", Reviews.On(new DateOnly(2026, 12, 21)));
        Assert.False(Milestone(review, "chairs-informed", new DateOnly(2027, 2, 1)).Overdue);
        Assert.True(Milestone(review, "rapid-review-meeting", new DateOnly(2027, 2, 1)).Overdue);

        review.CloseForWithdrawal(new DateOnly(2026, 12, 22));
        Assert.False(Milestone(review, "rapid-review-meeting", new DateOnly(2027, 2, 1)).Overdue);
    }

    [Fact]
    public void A_partnership_can_move_milestones_to_its_own_days()
    {
        var options = new RapidReviewOptions { Schedules = { ["southshire"] = new() { ["rapid-review-meeting"] = 8, ["recommendation-submitted"] = 8 } } };
        options.Validate();
        var review = Open(options.ScheduleFor("southshire"));

        Assert.Equal(new DateOnly(2027, 1, 4), Milestone(review, "rapid-review-meeting", NotifiedOn).DueOn);
        Assert.Equal(new DateOnly(2027, 1, 4), Milestone(review, "recommendation-submitted", NotifiedOn).DueOn);
        Assert.Equal(new DateOnly(2027, 1, 12), Milestone(review, "chair-decision", NotifiedOn).DueOn);
    }

    [Theory]
    [InlineData("no-such-milestone", 5)]
    [InlineData("rapid-review-meeting", 0)]
    [InlineData("rapid-review-meeting", 16)]
    public void A_schedule_naming_an_unknown_milestone_or_a_day_outside_the_fifteen_is_refused(string code, int day)
    {
        var options = new RapidReviewOptions { Schedules = { ["southshire"] = new() { [code] = day } } };
        var refused = Assert.Throws<InvalidOperationException>(options.Validate);
        Assert.Contains("RapidReview:Schedules:southshire", refused.Message);
    }

    private static Api.Model.RapidReview Open(IReadOnlyDictionary<string, int>? schedule = null) =>
        Api.Model.RapidReview.Open(Guid.NewGuid(), "northshire", "Northshire County Council", "serious-harm", NotifiedOn, Calendar,
            DateTimeOffset.Parse("2026-12-18T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture), schedule: schedule);

    private static MilestoneResponse Milestone(Api.Model.RapidReview review, string code, DateOnly today)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        return RapidReviewResponse.From(review, clock).Milestones.Single(m => m.Code == code);
    }
}
