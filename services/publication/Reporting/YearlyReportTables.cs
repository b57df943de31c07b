using System.Globalization;

namespace Safeguarding.Publication.Api.Reporting;

/// <summary>The yearly report as tables, each named for its CSV file (<c>/api/yearly-report/tables/{name}.csv</c>).</summary>
public static class YearlyReportTables
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        "referrals", "notifications", "rapid-reviews", "decisions", "reviews", "timeliness", "delays", "published", "action-plan", "learning",
        "reach-by-agency", "impact", "review-timelines",
    };

    public static IReadOnlyList<ReportTable> Of(YearlyReport report) =>
    [
        Figures("referrals", "Cases considered, by decision", [
            ("Considered", report.Referrals.Considered), ("Notified to the national panel", report.Referrals.Notified),
            ("Not notified", report.Referrals.NotNotified), ("Kept for learning below the threshold", report.Referrals.KeptForLearning),
            ("Kept for learning, outcome recorded", report.Referrals.KeptForLearningWithOutcome), ("Partners' disagreements escalated", report.Referrals.Escalations)]),
        Figures("notifications", "Serious incident notifications", [
            ("Made (not withdrawn)", report.Notifications.Made), ("Child deaths", report.Notifications.ChildDeaths),
            ("Serious harm", report.Notifications.SeriousHarm), ("Other", report.Notifications.Other),
            ("Abuse or neglect known or suspected", report.Notifications.AbuseOrNeglectSuspected),
            ("Abuse or neglect not suspected", report.Notifications.AbuseOrNeglectNotSuspected),
            ("Deaths of looked-after children", report.Notifications.LookedAfterChildDeaths), ("Made and since withdrawn", report.Notifications.Withdrawn)]),
        new("rapid-reviews", "Rapid reviews", ["Figure", "Value"],
        [
            ["Opened", Number(report.RapidReviews.Opened)], ["Submitted to the national panel", Number(report.RapidReviews.Submitted)],
            ["Submitted within 15 working days", Number(report.RapidReviews.SubmittedWithin15WorkingDays)],
            ["Submitted with timeliness not known (imported)", Number(report.RapidReviews.TimelinessUnknown)],
            ["Share within 15 working days", Percent(report.RapidReviews.ShareWithin15WorkingDays)],
        ]),
        new("decisions", "The chair's decisions on rapid reviews, by outcome", ["Outcome", "Count"],
            [.. report.RapidReviews.Decisions.Select(d => (IReadOnlyList<string>)[d.Outcome, Number(d.Count)])]),
        new("reviews", "Reviews by type", ["Type", "Started", "Completed", "Published"],
            [.. report.Reviews.Select(r => (IReadOnlyList<string>)[r.Type, Number(r.Started), Number(r.Completed), Number(r.Published)])]),
        new("timeliness", "Published within 6 months", ["Counted from", "Published", "Within 6 months", "Later", "Start not recorded", "Share within"],
            [.. report.Timeliness.Select(t => (IReadOnlyList<string>)[t.CountedFrom, Number(t.Published), Number(t.WithinSixMonths), Number(t.Later),
                Number(t.Unknown), Percent(t.Share)])]),
        new("delays", "Delays and their reasons", ["Review", "Type", "Delay of", "Recorded on", "Reason"],
            [.. report.Delays.Select(d => (IReadOnlyList<string>)[d.Review, d.Type, d.Of, Day(d.On), d.Reason])]),
        new("published", "Reviews published", ["Title", "Type", "Published on", "Learning themes"],
            [.. report.Published.Select(p => (IReadOnlyList<string>)[p.Title, p.Type, Day(p.PublishedOn), string.Join("; ", p.LearningThemes)])]),
        Figures("action-plan", "The action plan", [
            ("Actions raised", report.ActionPlan.Raised), ("Completed (signed off)", report.ActionPlan.Completed),
            ("Overdue at the period's end", report.ActionPlan.Overdue), ("Escalated", report.ActionPlan.Escalated),
            ("Decisions not to publish", report.DecisionsNotToPublish)]),
        Figures("learning", "Learning disseminated", [
            ("Briefings published", report.Learning.BriefingsPublished), ("Briefings passed on by agencies", report.Learning.Disseminations),
            ("Practitioners briefed", report.Learning.PractitionersBriefed), ("Training courses", report.Learning.Courses),
            ("Sessions and events", report.Learning.Sessions), ("Practitioners attending", report.Learning.PractitionersTrained)]),
        new("reach-by-agency", "Practitioners attending, by agency", ["Agency", "Practitioners"],
            [.. report.Learning.PractitionersByAgency.Select(a => (IReadOnlyList<string>)[a.Outcome, Number(a.Count)])]),
        new("impact", "Evidence of impact, by kind", ["Kind", "Count"],
            [.. report.ImpactEvidence.Select(e => (IReadOnlyList<string>)[e.Outcome, Number(e.Count)])]),
        new("review-timelines", "Each review from the decision to publication, and the months each step took",
            ["Review", "Type", "Decided on", "Author appointed", "Months", "Report received", "Months", "Sent to the national panel", "Months", "Published", "Months"],
            [.. report.Timelines.Select(t => (IReadOnlyList<string>)[t.Review, t.Type, Day(t.DecidedOn),
                Month(t.AuthorAppointedOn), Count(t.MonthsToAppointment), Month(t.ReportReceivedOn), Count(t.MonthsToReport),
                Month(t.SentToNationalPanelOn), Count(t.MonthsToNationalPanel), Month(t.PublishedOn), Count(t.MonthsToPublication)])]),
    ];

    private static string Month(DateOnly? day) => day?.ToString("MMMM yyyy", CultureInfo.InvariantCulture) ?? "";

    private static string Count(int? months) => months?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static ReportTable Figures(string name, string title, IEnumerable<(string Figure, int Count)> figures) =>
        new(name, title, ["Figure", "Count"], [.. figures.Select(f => (IReadOnlyList<string>)[f.Figure, Number(f.Count)])]);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Percent(decimal? share) => share is { } s ? (s * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
