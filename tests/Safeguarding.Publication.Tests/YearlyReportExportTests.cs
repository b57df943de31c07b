using Safeguarding.Publication.Api.Reporting;

namespace Safeguarding.Publication.Tests;

public sealed class YearlyReportExportTests
{
    private static readonly YearlyReport Report = new("northshire", new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31),
        new ReferralCounts(10, 6, 3, 1, 1, 2), new NotificationCounts(6, 2, 4, 0, 5, 1, 1, 1),
        new RapidReviewCounts(6, 6, 5, 0.833m, [new OutcomeLine("no-further-action", 3), new OutcomeLine("local-child-safeguarding-practice-review", 3)]),
        [new ReviewTypeCounts("local-child-safeguarding-practice-review", 3, 2, 1)],
        [new TimelinessFigure("decision", 1, 0, 1, 0, 0m), new TimelinessFigure("author-appointed", 1, 1, 0, 0, 1m)],
        [new DelayLine(Guid.Empty.ToString(), "local-child-safeguarding-practice-review", "review", new DateOnly(2026, 10, 5), "=HYPERLINK(\"http://x.example\",\"<script>\")")],
        0, [], [ReviewTimelineLine.Of(Guid.Empty.ToString(), "local-child-safeguarding-practice-review", new DateOnly(2026, 4, 15), new DateOnly(2026, 6, 1), null, null, null)],
        new ActionPlanCounts(12, 9, 2, 1), new LearningCounts(3, 4, 60, 25, 30, 539, []), []);

    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+44 1632 960123", "'+44 1632 960123")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("-5", "-5")]
    [InlineData("Police, and health", "\"Police, and health\"")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("neglect", "neglect")]
    public void A_cell_a_spreadsheet_would_run_is_neutralised_and_one_with_a_separator_quoted(string value, string written) =>
        Assert.Equal(written, CsvCell.Write(value));

    [Fact]
    public void Every_table_has_a_csv_with_its_columns_first()
    {
        var tables = YearlyReportTables.Of(Report);
        Assert.Equal(YearlyReportTables.Names, tables.Select(t => t.Name).ToHashSet());
        var rapidReviews = CsvTable.Write(tables.Single(t => t.Name == "rapid-reviews"));
        Assert.Equal("Figure,Value\r\nOpened,6\r\nSubmitted to the national panel,6\r\nSubmitted within 15 working days,5\r\nSubmitted with timeliness not known (imported),0\r\nShare within 15 working days,83.3%\r\n", rapidReviews);
        Assert.StartsWith("Review,Type,Delay of,Recorded on,Reason\r\n", CsvTable.Write(tables.Single(t => t.Name == "delays")));
        Assert.Contains(",\"'=HYPERLINK(", CsvTable.Write(tables.Single(t => t.Name == "delays")));
        Assert.EndsWith(",local-child-safeguarding-practice-review,2026-04-15,June 2026,1,,,,,,\r\n", CsvTable.Write(tables.Single(t => t.Name == "review-timelines")));
    }

    [Fact]
    public void The_document_draws_its_charts_from_the_figures_shows_every_table_and_runs_nothing_it_was_given()
    {
        var html = YearlyReportDocument.Render(Report);
        Assert.Contains("<title>Yearly report: northshire, 1 April 2026 to 31 March 2027</title>", html);
        Assert.Equal(4, html.Split("<svg ").Length - 1);
        // Serious harm (4) is the longest of the notification bars, child deaths (2) half as long.
        Assert.Contains("""<rect x="300" y="8" width="140" height="22" class="bar"/>""", html);
        Assert.Contains("""<rect x="300" y="38" width="280" height="22" class="bar"/>""", html);
        foreach (var name in YearlyReportTables.Names)
        {
            Assert.Contains($"<h2 id=\"{name}\">", html);
        }

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("src=", html);
    }
}
