using Safeguarding.RapidReview.Api.Apis;
using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Tests;

/// <summary>The red/amber/green rating of the briefing paper and the timeliness figures.</summary>
public sealed class BriefingPaperTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public void A_review_is_amber_when_its_next_milestone_is_two_working_days_away_red_once_one_is_overdue_and_green_otherwise()
    {
        // Notified Friday 18 December 2026: Day 1 (chairs informed) falls on Monday 21 December.
        var review = Open(new DateOnly(2026, 12, 18));
        Assert.Equal("amber", BriefingPaper.Item(review, new DateOnly(2026, 12, 18), Calendar).Rating);
        Assert.Equal("red", BriefingPaper.Item(review, new DateOnly(2026, 12, 22), Calendar).Rating);
        Assert.Equal(["chairs-informed"], BriefingPaper.Item(review, new DateOnly(2026, 12, 22), Calendar).OverdueMilestones);

        review.CompleteMilestoneByHand("chairs-informed", Reviews.On(new DateOnly(2026, 12, 21)));
        var item = BriefingPaper.Item(review, new DateOnly(2026, 12, 22), Calendar);
        Assert.Equal("green", item.Rating);
        Assert.Equal("rapid-review-meeting", item.NextMilestone!.Code);
        Assert.Equal(new DateOnly(2027, 1, 6), item.NextMilestone.DueOn);
        Assert.Equal("gathering agency contributions", item.Stage);
        // Two working days before the meeting's due date (4 and 5 January) it turns amber.
        Assert.Equal("amber", BriefingPaper.Item(review, new DateOnly(2027, 1, 4), Calendar).Rating);
    }

    [Fact]
    public void Timeliness_counts_reviews_within_fifteen_working_days_and_gives_each_delay_its_reason()
    {
        var onTime = Reviews.Submitted(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 20));
        var late = Reviews.Submitted(new DateOnly(2026, 12, 18), new DateOnly(2027, 1, 15), "Police disclosure awaited.");
        var outsideRange = Reviews.Submitted(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 10));

        var figures = BriefingPaper.Figures([onTime, late, outsideRange, Open(new DateOnly(2026, 12, 21))],
            new DateOnly(2026, 9, 1), new DateOnly(2027, 3, 31), Calendar);

        Assert.Equal(2, figures.Submitted);
        Assert.Equal(1, figures.WithinFifteenWorkingDays);
        Assert.Equal(50.0, figures.PercentWithinFifteenWorkingDays);
        var delay = Assert.Single(figures.Delays);
        Assert.Equal(new DateOnly(2027, 1, 13), delay.DueOn);
        Assert.Equal(2, delay.WorkingDaysLate);
        Assert.Equal("Police disclosure awaited.", delay.Reason);
    }

    private static Api.Model.RapidReview Open(DateOnly notifiedOn) => Reviews.Open(notifiedOn);
}
