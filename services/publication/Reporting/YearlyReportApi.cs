using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Publication.Api.Benchmarks;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Publication.Api.Reporting;

/// <summary>The yearly report of the caller's partnership, drawn from every service's records: as JSON, as CSV per table, and as a printable document.</summary>
public static class YearlyReportApi
{
    public static IEndpointRouteBuilder MapYearlyReportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/yearly-report").WithTags("Yearly report").RequireAuthorization(Policies.ReadPartnershipFigures);
        api.MapGet("", GetAsync).WithName("GetYearlyReport")
            .WithSummary("The partnership's yearly report for a period (from, to; by default the financial year today is in): figures only");
        api.MapGet("/tables/{table}.csv", CsvAsync).WithName("GetYearlyReportTable")
            .WithSummary("One table of the yearly report as CSV (referrals, notifications, rapid-reviews, decisions, reviews, timeliness, delays, published, action-plan, learning, reach-by-agency, impact)")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        api.MapGet("/document", DocumentAsync).WithName("GetYearlyReportDocument")
            .WithSummary("The yearly report as one printable HTML document, with charts drawn from its figures")
            .Produces(StatusCodes.Status200OK, contentType: "text/html");
        return app;
    }

    public static async Task<Ok<YearlyReport>> GetAsync([AsParameters] YearlyReportQuery query, [FromServices] YearlyReportSources sources, CancellationToken ct) =>
        TypedResults.Ok(await sources.ComposeAsync(query, ct));

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> CsvAsync(string table, [AsParameters] YearlyReportQuery query,
        [FromServices] YearlyReportSources sources, HttpContext http, CancellationToken ct)
    {
        if (!YearlyReportTables.Names.Contains(table))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such table",
                detail: $"The yearly report's tables are {string.Join(", ", YearlyReportTables.Names)}.");
        }

        var report = await sources.ComposeAsync(query, ct);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"yearly-report-{report.Partnership}-{report.From:yyyy-MM-dd}-{report.To:yyyy-MM-dd}-{table}.csv\"";
        return TypedResults.Text(CsvTable.Write(YearlyReportTables.Of(report).Single(t => t.Name == table)), "text/csv; charset=utf-8");
    }

    public static async Task<ContentHttpResult> DocumentAsync([AsParameters] YearlyReportQuery query, [FromServices] YearlyReportSources sources,
        [FromServices] BenchmarkSources benchmarks, CancellationToken ct)
    {
        var report = await sources.ComposeAsync(query, ct);
        return TypedResults.Text(YearlyReportDocument.Render(report, await benchmarks.ForPeriodAsync(report.From, report.To, ct)), "text/html; charset=utf-8");
    }
}
