using System.Globalization;
using System.Text;
using Safeguarding.Publication.Api.Benchmarks;
using static System.Net.WebUtility;

namespace Safeguarding.Publication.Api.Reporting;

/// <summary>
/// The yearly report as one printable HTML document, for the partnership's board and its scrutiny
/// committee: the charts drawn from the figures, then every table, with dates as people in England
/// write them (the invariant culture's month names are English). Self-contained: no script, no
/// fonts or images fetched.
/// </summary>
public static class YearlyReportDocument
{
    public static string Render(YearlyReport report, PartnershipBenchmarks? benchmarks = null)
    {
        var period = $"{report.From.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} to {report.To.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <title>Yearly report: {{HtmlEncode(report.Partnership)}}, {{HtmlEncode(period)}}</title>
            <style>
            body { font-family: Arial, sans-serif; color: #0b0c0c; margin: 2rem; max-width: 60rem; }
            h1 { font-size: 2rem; } h2 { font-size: 1.4rem; margin-top: 2rem; border-top: 2px solid #0b0c0c; padding-top: .5rem; }
            table { border-collapse: collapse; margin: 1rem 0; } th, td { text-align: left; border-bottom: 1px solid #b1b4b6; padding: .3rem 1rem .3rem 0; }
            td.n { text-align: right; } svg text { font: 14px Arial, sans-serif; fill: #0b0c0c; } svg .bar { fill: #1d70b8; }
            @media print { body { margin: 0; } h2 { break-after: avoid; } table, svg { break-inside: avoid; } }
            </style>
            </head>
            <body>
            <h1>Yearly report of the safeguarding arrangements</h1>
            <p>{{HtmlEncode(report.Partnership)}}: {{HtmlEncode(period)}}. Each figure counts by the date that defines it.</p>

            """);
        Chart(html, "Notifications by nature", [("Child deaths", report.Notifications.ChildDeaths), ("Serious harm", report.Notifications.SeriousHarm),
            ("Other", report.Notifications.Other)]);
        Chart(html, "Rapid review decisions by outcome", [.. report.RapidReviews.Decisions.Select(d => (d.Outcome, d.Count))]);
        Chart(html, "Reviews published by type", [.. report.Reviews.Select(r => (r.Type, r.Published))]);
        html.Append("<h2>Published within 6 months</h2>\n").Append(SvgBarChart.Draw("Share published within 6 months",
            [.. report.Timeliness.Select(t => (t.CountedFrom == "decision" ? "From the decision on the review" : "From the author's appointment",
                (t.Share ?? 0) * 100, t.Share is { } s ? $"{s * 100:0.#}% of {t.Published - t.Unknown}" : "none published"))])).Append('\n');
        foreach (var table in YearlyReportTables.Of(report))
        {
            Table(html, table);
        }

        if (benchmarks is not null)
        {
            Table(html, BenchmarkTable.Of(benchmarks));
            html.Append(CultureInfo.InvariantCulture, $"<p>Children: the official mid-year estimates for the partnership's areas. England: {HtmlEncode(benchmarks.EnglandSource)}</p>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void Chart(StringBuilder html, string title, IReadOnlyList<(string Label, int Count)> bars) =>
        html.Append(CultureInfo.InvariantCulture, $"<h2>{HtmlEncode(title)}</h2>\n")
            .Append(SvgBarChart.Draw(title, [.. bars.Select(b => (b.Label, (decimal)b.Count, b.Count.ToString(CultureInfo.InvariantCulture)))])).Append('\n');

    private static void Table(StringBuilder html, ReportTable table)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2 id=\"{table.Name}\">{HtmlEncode(table.Title)}</h2>\n<table>\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{HtmlEncode(column)}</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        if (table.Rows.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td colspan=\"{table.Columns.Count}\">None in the period</td></tr>\n");
        }

        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                var numeric = decimal.TryParse(cell.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out _);
                html.Append(numeric ? "<td class=\"n\">" : "<td>").Append(HtmlEncode(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }
}
