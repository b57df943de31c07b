using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Publication.Api.Model;
using Safeguarding.ServiceDefaults.Domain;

namespace Safeguarding.Publication.Tests;

/// <summary>Publishing a yearly report: days that have passed only, a new version for each publication of a period, and the event for the national panel.</summary>
public sealed class PublishedYearlyReportTests
{
    private static readonly DateOnly Today = new(2027, 4, 20);

    [Fact]
    public void A_report_of_a_period_that_has_ended_is_published_as_the_next_version_and_announced_for_the_national_panel()
    {
        var report = PublishedYearlyReport.Publish("northshire", new(2026, 4, 1), new(2027, 3, 31), 1, "{}", "<html></html>", "bm", Publications.On(Today));

        Assert.Equal((2, Today), (report.Version, report.PublishedOn));
        var raised = Assert.IsType<YearlyReportPublishedIntegrationEvent>(Assert.Single(report.RaisedEvents()).Event);
        Assert.Equal(new YearlyReportPublishedIntegrationEvent(report.Id, "northshire", new(2026, 4, 1), new(2027, 3, 31), 2, Today), raised);
    }

    [Fact]
    public void Days_still_to_come_cannot_be_published()
    {
        var refused = Assert.Throws<StepNotAllowedException>(() =>
            PublishedYearlyReport.Publish("northshire", new(2027, 4, 1), new(2028, 3, 31), 0, "{}", "<html></html>", "bm", Publications.On(Today)));
        Assert.Contains("2028-03-31", refused.Message);
        Assert.NotNull(PublishedYearlyReport.Publish("northshire", new(2027, 4, 1), Today, 0, "{}", "<html></html>", "bm", Publications.On(Today)));
    }
}
