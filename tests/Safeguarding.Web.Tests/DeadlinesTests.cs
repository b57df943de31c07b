using Safeguarding.Web.Platform;
using Safeguarding.Web.Screens;

namespace Safeguarding.Web.Tests;

public sealed class DeadlinesTests
{
    // Wednesday 23 December 2026: the week ends on Sunday 27 December.
    private static readonly DateOnly Today = new(2026, 12, 23);

    [Fact]
    public void Open_work_is_split_into_overdue_today_this_week_and_later_and_finished_work_is_left_out()
    {
        var open = Review("open", (1, Today.AddDays(-1), false), (10, Today, false), (12, new DateOnly(2026, 12, 27), false), (14, new DateOnly(2026, 12, 28), false),
            (15, Today, true));
        var closed = Review("closed", (1, Today.AddDays(-5), false));
        var requests = new[]
        {
            new ContributionRequestRow(Guid.NewGuid(), open.Id, "Northshire County Council", Today, "Northshire Police", "police", 7, Today.AddDays(1), "requested", null),
            new ContributionRequestRow(Guid.NewGuid(), open.Id, "Northshire County Council", Today, "Northshire Academy", "relevant-agency", 7, Today, "received", DateTimeOffset.UtcNow),
        };

        var deadlines = Deadlines.From([open, closed], requests, [], [], Today);

        Assert.Equal(["Day 1: step 1"], deadlines.Overdue.Select(d => d.What));
        Assert.Equal(["Day 10: step 10"], deadlines.Today.Select(d => d.What));
        Assert.Equal(["Contribution from Northshire Police (day 7)", "Day 12: step 12"], deadlines.ThisWeek.Select(d => d.What));
        Assert.Equal(["Day 14: step 14"], deadlines.Later.Select(d => d.What));
        Assert.All(deadlines.Today.Concat(deadlines.ThisWeek), d => Assert.Equal($"/rapid-reviews/{open.Id}", d.Href));
    }

    [Fact]
    public void Undecided_referrals_and_open_actions_are_deadlines_and_decided_or_signed_off_ones_are_not()
    {
        ReferralCase Referral(string status, DateOnly due) => new(Guid.NewGuid(), status, "Northshire Police", [], null, Today, null, Today.AddDays(-3), due,
            due < Today, null, null, null, null, null);
        ActionRow Action(string status, DateOnly due) => new(Guid.NewGuid(), null, "audit", "Section 11 audit", "Northshire Police", [], "Train officers", due, status,
            false, 0, []);

        var deadlines = Deadlines.From([], [], [Referral("escalated", Today.AddDays(-1)), Referral("under-consideration", Today), Referral("not-notified", Today)],
            [Action("in-progress", Today.AddDays(2)), Action("signed-off", Today)], Today);

        Assert.Equal(["Escalated: the chair resolves whether to notify"], deadlines.Overdue.Select(d => d.What));
        Assert.Equal(["Decide whether to notify"], deadlines.Today.Select(d => d.What));
        Assert.Equal(["Action for Northshire Police: Train officers"], deadlines.ThisWeek.Select(d => d.What));
        Assert.Equal("Section 11 audit", deadlines.ThisWeek[0].Case);
    }

    [Theory]
    [InlineData("2026-12-21", "2026-12-27")]
    [InlineData("2026-12-27", "2026-12-27")]
    public void A_week_ends_on_its_Sunday(string today, string lastDayThisWeek)
    {
        var day = DateOnly.Parse(lastDayThisWeek, System.Globalization.CultureInfo.InvariantCulture);
        var review = Review("open", (1, day, false), (2, day.AddDays(1), false));

        var deadlines = Deadlines.From([review], [], [], [], DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(day == DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture) ? [] : ["Day 1: step 1"], deadlines.ThisWeek.Select(d => d.What));
        Assert.Equal(["Day 2: step 2"], deadlines.Later.Select(d => d.What));
    }

    private static RapidReviewRow Review(string status, params (int Day, DateOnly DueOn, bool Done)[] milestones) => new(
        Guid.NewGuid(), Guid.NewGuid(), "Northshire County Council", "serious-harm", Today, Today.AddDays(25), status, null, null, 0, null, null,
        [.. milestones.Select(m => new Milestone(m.Day, $"m{m.Day}", $"step {m.Day}", m.DueOn, m.Done ? DateTimeOffset.UtcNow : null, m.DueOn < Today))]);
}
