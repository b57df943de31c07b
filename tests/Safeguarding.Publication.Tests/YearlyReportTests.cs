using Safeguarding.Contracts.Actions.V1;
using Safeguarding.Contracts.Notifications.V1;
using Safeguarding.Contracts.Reviews.V1;
using Safeguarding.Publication.Api.Model;
using Safeguarding.Publication.Api.Reporting;

namespace Safeguarding.Publication.Tests;

public sealed class YearlyReportTests
{
    private static readonly DateOnly From = new(2026, 4, 1);
    private static readonly DateOnly To = new(2027, 3, 31);
    private const string Lcspr = "local-child-safeguarding-practice-review";

    private static readonly RegisterEntry Entry = new() { Name = "Child A", Incident = "A child was seriously harmed at home." };

    [Fact]
    public void A_review_counts_in_the_period_it_was_published_in_and_its_timeliness_is_given_from_both_starts()
    {
        // Decided in July 2026, its author appointed in October: published in March 2027, more than 6 months after
        // the decision but within 6 months of the appointment.
        var late = Published(decided: new(2026, 7, 1), sent: new(2027, 3, 1), on: new(2027, 3, 12));
        // Decided in November 2026, its author appointed in December: published in March 2027, within 6 months of both.
        var prompt = Published(decided: new(2026, 11, 2), sent: new(2027, 3, 1), on: new(2027, 3, 12));
        // Published after the period ends: not in it.
        var after = Published(decided: new(2026, 11, 2), sent: new(2027, 3, 20), on: new(2027, 4, 6));
        var reviews = new ReviewFigures
        {
            Reviews = { new ReviewTypeCount { Type = Lcspr, Started = 2, Completed = 3 } },
            Timelines =
            {
                Timeline(late.ReviewId, "2026-07-01", "2026-10-01", [new ReviewDelay { RecordedOn = "2026-10-05", Reason = "The police investigation" }]),
                Timeline(prompt.ReviewId, "2026-11-02", "2026-12-01"),
            },
        };

        var report = Compose(reviews, [late, prompt, after]);

        Assert.Equal(new Guid?[] { prompt.Id, late.Id }.Order(), report.Published.Select(p => p.PublicationId).Order());
        Assert.Equal(new ReviewTypeCounts(Lcspr, 2, 3, 2), Assert.Single(report.Reviews));
        var fromDecision = report.Timeliness.Single(t => t.CountedFrom == "decision");
        Assert.Equal((2, 1, 1, 0, 0.5m), (fromDecision.Published, fromDecision.WithinSixMonths, fromDecision.Later, fromDecision.Unknown, fromDecision.Share));
        var fromAuthor = report.Timeliness.Single(t => t.CountedFrom == "author-appointed");
        Assert.Equal((2, 2, 0, 0, 1m), (fromAuthor.Published, fromAuthor.WithinSixMonths, fromAuthor.Later, fromAuthor.Unknown, fromAuthor.Share));
        Assert.Equal("The police investigation", Assert.Single(report.Delays).Reason);
        Assert.Equal("2027 – northshire – Child A", report.Published[0].Title);
        Assert.Equal(["neglect"], report.Published[0].LearningThemes);

        // Decided 1 July, author appointed 1 October, sent 1 March, published 12 March: 3, then 5, then 0 months.
        var steps = report.Timelines.Single(t => t.Review == late.ReviewId.ToString());
        Assert.Equal((new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 12)), (steps.SentToNationalPanelOn, steps.PublishedOn));
        Assert.Equal((3, (int?)null, 5, 0), (steps.MonthsToAppointment, steps.MonthsToReport, steps.MonthsToNationalPanel, steps.MonthsToPublication));
    }

    [Theory]
    [InlineData("2026-03-01", "2026-03-31", 0)]
    [InlineData("2026-03-01", "2026-04-01", 1)]
    [InlineData("2026-01-31", "2026-02-28", 0)]
    [InlineData("2026-07-01", "2027-01-01", 6)]
    public void A_step_takes_the_whole_months_between_its_days(string from, string to, int months) =>
        Assert.Equal(months, ReviewTimelineLine.Months(DateOnly.Parse(from), DateOnly.Parse(to)));

    [Fact]
    public void A_start_that_was_never_recorded_is_counted_as_unknown_not_as_late()
    {
        var published = Published(decided: new(2026, 11, 2), sent: new(2027, 3, 1), on: new(2027, 3, 12));
        var report = Compose(new ReviewFigures { Timelines = { Timeline(published.ReviewId, "2026-11-02", "") } }, [published]);
        var fromAuthor = report.Timeliness.Single(t => t.CountedFrom == "author-appointed");
        Assert.Equal((1, 0, 0, 1, (decimal?)null), (fromAuthor.Published, fromAuthor.WithinSixMonths, fromAuthor.Later, fromAuthor.Unknown, fromAuthor.Share));
    }

    [Fact]
    public void The_services_figures_are_carried_with_the_share_of_rapid_reviews_within_15_working_days()
    {
        var notifications = new NotificationFigures { ReferralsConsidered = 10, ReferralsNotified = 6, ReferralsNotNotified = 3, ReferralsKeptForLearning = 1,
            Notifications = 7, ChildDeaths = 2, SeriousHarm = 5, AbuseOrNeglectSuspected = 6, AbuseOrNeglectNotSuspected = 1, LookedAfterChildDeaths = 1 };
        var reviews = new ReviewFigures { RapidReviews = 7, Submitted = 8, SubmittedWithin15WorkingDays = 6,
            Decisions = { new OutcomeCount { Outcome = "no-further-action", Count = 3 }, new OutcomeCount { Outcome = Lcspr, Count = 3 } } };
        var plan = new ActionPlanFigures { Raised = 12, Completed = 9, Overdue = 2, Escalated = 1, BriefingsPublished = 3, Disseminations = 4, PractitionersBriefed = 60,
            ImpactEvidence = { new KindCount { Kind = "audit", Count = 2 } } };
        var reach = new PartnershipReach { Courses = 25, Sessions = 30, Practitioners = 539, Agencies = { new AgencyReachLine { Agency = "Police", Practitioners = 100 } } };

        var report = YearlyReport.Compose("northshire", From, To, notifications, reviews, plan, reach, []);

        Assert.Equal(new ReferralCounts(10, 6, 3, 1, 0, 0), report.Referrals);
        Assert.Equal(new NotificationCounts(7, 2, 5, 0, 6, 1, 1, 0), report.Notifications);
        Assert.Equal((7, 8, 6, 0.75m), (report.RapidReviews.Opened, report.RapidReviews.Submitted, report.RapidReviews.SubmittedWithin15WorkingDays,
            report.RapidReviews.ShareWithin15WorkingDays));
        Assert.Equal([new OutcomeLine("no-further-action", 3), new OutcomeLine(Lcspr, 3)], report.RapidReviews.Decisions);
        Assert.Equal(new ActionPlanCounts(12, 9, 2, 1), report.ActionPlan);
        Assert.Equal((3, 4, 60, 25, 30, 539), (report.Learning.BriefingsPublished, report.Learning.Disseminations, report.Learning.PractitionersBriefed,
            report.Learning.Courses, report.Learning.Sessions, report.Learning.PractitionersTrained));
        Assert.Equal([new OutcomeLine("audit", 2)], report.ImpactEvidence);
    }

    [Theory]
    [InlineData("2026-12-23", null, null, "2026-04-01", "2027-03-31")]
    [InlineData("2027-02-10", null, null, "2026-04-01", "2027-03-31")]
    [InlineData("2027-04-01", null, null, "2027-04-01", "2028-03-31")]
    [InlineData("2026-12-23", "2019-09-01", null, "2019-09-01", "2026-12-23")]
    [InlineData("2026-12-23", "2027-01-01", null, "2027-01-01", "2027-12-31")]
    [InlineData("2026-12-23", null, "2017-03-31", "2016-04-01", "2017-03-31")]
    [InlineData("2026-12-23", "2016-04-01", "2026-12-23", "2016-04-01", "2026-12-23")]
    public void The_period_is_the_financial_year_today_is_in_unless_given(string today, string? from, string? to, string first, string last)
    {
        var query = new YearlyReportQuery { From = from is null ? null : DateOnly.Parse(from), To = to is null ? null : DateOnly.Parse(to) };
        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(last)), query.Period(DateOnly.Parse(today)));
    }

    private static YearlyReport Compose(ReviewFigures reviews, IReadOnlyCollection<Api.Model.Publication> publications) =>
        YearlyReport.Compose("northshire", From, To, new NotificationFigures(), reviews, new ActionPlanFigures(), new PartnershipReach(), publications);

    private static Api.Model.Publication Published(DateOnly decided, DateOnly sent, DateOnly on)
    {
        var publication = Publications.Opened(sent, decided);
        Publications.Upload(publication, sent, "Child A lived with her mother.");
        Publications.Schedule(publication, sent, on);
        publication.Publish(Entry, "b", Publications.On(on));
        return publication;
    }

    private static ReviewTimeline Timeline(Guid reviewId, string decided, string appointed, IEnumerable<ReviewDelay>? delays = null)
    {
        var timeline = new ReviewTimeline { ReviewId = reviewId.ToString(), Type = Lcspr, DecidedOn = decided, AuthorAppointedOn = appointed };
        timeline.Delays.AddRange(delays ?? []);
        return timeline;
    }
}
