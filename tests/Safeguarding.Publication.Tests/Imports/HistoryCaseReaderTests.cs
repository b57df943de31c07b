using Safeguarding.Publication.Api.Imports;

namespace Safeguarding.Publication.Tests.Imports;

public sealed class HistoryCaseReaderTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private const string Header = "Reference,Summary,Gender,Age,Referred on,Decision,Decided on,Notified on,Nature,Abuse or neglect suspected,"
        + "Looked after,Rapid review on,Outcome,Review decided on,Author appointed,Report to partnership,Report to panel,Published,"
        + "Publication delay reason,Learning themes,Status\n";

    private static async Task<(IReadOnlyList<HistoryCase> Cases, IReadOnlyList<ImportProblem> Problems)> Read(string rows) =>
        HistoryCaseReader.Read(await RegisterFileTests.Csv(Header + rows), Today);

    [Fact]
    public async Task A_case_is_read_through_the_whole_process_with_month_only_dates_kept_as_months()
    {
        var (cases, problems) = await Read("Ref053,Neglect over years,F,4,February 2018,Notified,14/02/2018,15.02.18,Serious harm,Y,no,"
            + "2018-03-01,Serious case review,March 2018,Apr-18,2018-09,Nov 2018,2019-01-10,Criminal trial, Neglect ;Thresholds; ,Published\n");

        Assert.Empty(problems);
        var c = Assert.Single(cases);
        Assert.Equal(("Ref053", "female", 4, "notified", "serious-harm", true, false, "serious-case-review"),
            (c.Reference, c.Gender, c.Age, c.Decision, c.Nature, c.AbuseOrNeglectSuspected, c.LookedAfter, c.Outcome));
        Assert.True(c.ReferredOn!.IsMonthOnly);
        Assert.Equal(["2018-02", "2018-02-14", "2018-02-15", "2018-03-01", "2018-03", "2018-04", "2018-09", "2018-11", "2019-01-10"],
            new[] { c.ReferredOn, c.DecidedOn, c.NotifiedOn, c.RapidReviewOn, c.ReviewDecidedOn, c.AuthorAppointed, c.ReportToPartnership,
                c.ReportToPanel, c.Published }.Select(d => d!.ToString()));
        Assert.Equal(["Neglect", "Thresholds"], c.LearningThemes);
        Assert.Equal("Criminal trial", c.PublicationDelayReason);
    }

    [Fact]
    public async Task Every_problem_of_every_row_is_named_by_row_and_column_without_repeating_what_the_cell_held()
    {
        var (cases, problems) = await Read(
            "Ref1,,Boy,19,31/02/2019,Notified,,,,,,,,,,,,,,,\n"
            + "Ref2,,,,2019-05-01,Not notified,2019-04-01,2019-05-02,,,,,No further action,,2019-06,,,,,,\n"
            + "ref1,,,,2030-01-01,Maybe,,,,,,,,,,,,,,,\n"
            + "Ref4,\"=HYPERLINK(\"\"http://x\"\")\",,,,,,,,,,,,,,,,,,,\n");

        Assert.Equal([
            (2, "Gender"), (2, "Age"), (2, "Referred on"), (2, "Notified on"), (2, "Nature"),
            (3, "Notified on"), (3, "Outcome"), (3, "Decided on"),
            (4, "Referred on"), (4, "Decision"), (4, "Reference"),
        ], problems.Select(p => (p.Row!.Value, p.Column!)));
        Assert.Contains(problems, p => p.Message == "Reference is already used on row 2.");
        Assert.Contains(problems, p => p.Message == "Decided on is before Referred on.");
        Assert.DoesNotContain(problems, p => p.Message.Contains("Boy", StringComparison.Ordinal) || p.Message.Contains("31/02", StringComparison.Ordinal));
        // A formula-looking summary is text, kept as written; it is neutralised wherever it is written out.
        Assert.Equal("=HYPERLINK(\"http://x\")", Assert.Single(cases).Summary);
    }

    [Theory]
    [InlineData("2018-02-14", "2018-02-14")]
    [InlineData("14/02/2018", "2018-02-14")]
    [InlineData("14.02.18", "2018-02-14")]
    [InlineData("14th February 2018", "2018-02-14")]
    [InlineData("February 2018", "2018-02")]
    [InlineData("Sept 2019", "2019-09")]
    [InlineData("feb-18", "2018-02")]
    [InlineData("2018-02", "2018-02")]
    [InlineData("43145", "2018-02-14")]
    [InlineData("2018-02-14 09:30", "2018-02-14")]
    public void A_date_is_read_in_the_forms_registers_write_it(string text, string kept)
    {
        Assert.True(HistoryDate.TryParse(text, Today, out var date, out _));
        Assert.Equal(kept, date.ToString());
    }

    [Theory]
    [InlineData("30/02/2018", "is not a real date.")]
    [InlineData("1 Smarch 2018", "is not a date in a form")]
    [InlineData("1989-12-31", "is before 1990.")]
    [InlineData("January 2027", "is later than today.")]
    [InlineData("2026-12-08", "is later than today.")]
    public void A_date_that_is_not_one_or_not_in_the_past_is_refused(string text, string problem)
    {
        Assert.False(HistoryDate.TryParse(text, Today, out _, out var why));
        Assert.StartsWith(problem, why);
    }

    [Fact]
    public void A_month_only_date_is_in_order_with_any_day_of_its_month_and_before_the_next()
    {
        var february = HistoryDate.OfMonth(2018, 2);

        Assert.False(february.IsBefore(HistoryDate.OfDay(new DateOnly(2018, 2, 1))));
        Assert.False(HistoryDate.OfDay(new DateOnly(2018, 2, 28)).IsBefore(february));
        Assert.True(february.IsBefore(HistoryDate.OfDay(new DateOnly(2018, 3, 1))));
    }
}
