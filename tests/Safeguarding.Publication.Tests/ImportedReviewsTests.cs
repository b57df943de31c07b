using Safeguarding.Contracts.Actions.V1;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Contracts.Notifications.V1;
using Safeguarding.Contracts.Reviews.V1;
using Safeguarding.Publication.Api.Reporting;

namespace Safeguarding.Publication.Tests;

public sealed class ImportedReviewsTests
{
    private static ImportedCase Review(string reference, string decided, string? appointed, string? published, string? delay = null) =>
        new(reference, null, null, "notified", null, null, null, null, null, null, "serious-case-review", decided, appointed, null, null, published, delay,
            ["Neglect"]);

    [Fact]
    public void Imported_reviews_published_in_the_period_count_as_published_with_their_timeliness_delays_and_timelines()
    {
        ImportedCase[] imported =
        [
            // Decided on 12 March 2018, its author appointed in April (a month only, so that start cannot tell):
            // published 10 June 2019, more than 6 months after the decision.
            Review("Ref055", "2018-03-12", "2018-04", "2019-06-10", "Criminal proceedings"),
            // Decided on 5 November 2018 and published on 20 March 2019, within 6 months.
            Review("Ref057", "2018-11-05", null, "2019-03-20"),
            // Published after the period: not in it.
            Review("Ref058", "2019-01-10", null, "2020-05-01"),
        ];

        var report = YearlyReport.Compose("northshire", new DateOnly(2018, 4, 1), new DateOnly(2020, 3, 31), new NotificationFigures(), new ReviewFigures(),
            new ActionPlanFigures(), new PartnershipReach(), [], imported);

        Assert.Equal(("serious-case-review", 2), (Assert.Single(report.Reviews).Type, report.Reviews[0].Published));
        Assert.Equal(["Ref057", "Ref055"], report.Published.Select(p => p.Review));
        Assert.Equal(("2019 – northshire – Ref057", (Guid?)null), (report.Published[0].Title, report.Published[0].PublicationId));
        var fromDecision = report.Timeliness.Single(t => t.CountedFrom == "decision");
        Assert.Equal((2, 1, 1, 0), (fromDecision.Published, fromDecision.WithinSixMonths, fromDecision.Later, fromDecision.Unknown));
        Assert.Equal(2, report.Timeliness.Single(t => t.CountedFrom == "author-appointed").Unknown);
        Assert.Equal(("Ref055", "Criminal proceedings"), (Assert.Single(report.Delays).Review, report.Delays[0].Reason));
        // Every review decided on by the period's end: its steps, the months between them.
        Assert.Equal(["Ref055", "Ref057", "Ref058"], report.Timelines.Select(t => t.Review));
        Assert.Equal((0, 14), (report.Timelines[0].MonthsToAppointment, report.Timelines[0].MonthsToPublication));
    }
}
