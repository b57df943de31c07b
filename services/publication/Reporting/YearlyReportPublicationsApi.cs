using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Publication.Api.Apis;
using Safeguarding.Publication.Api.Benchmarks;
using Safeguarding.Publication.Api.Model;
using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Publication.Api.Reporting;

/// <summary>Publishing the yearly report: kept as published, and sent through the feeds to the national panel.</summary>
public static class YearlyReportPublicationsApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapYearlyReportPublicationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/yearly-report/publications").WithTags("Yearly report").RequireAuthorization(Policies.ReadPartnershipFigures);
        api.MapPost("", PublishAsync).WithName("PublishYearlyReport")
            .WithSummary("Publish the yearly report for a period (from, to; as for reading it): kept as published and sent to the national panel's feed");
        api.MapGet("", ListAsync).WithName("ListPublishedYearlyReports").WithSummary("The partnership's published yearly reports, newest first");
        api.MapGet("/{id:guid}/document", DocumentAsync).WithName("GetPublishedYearlyReportDocument")
            .WithSummary("A published yearly report's printable document, exactly as published").Produces(StatusCodes.Status200OK, contentType: "text/html");
        return app;
    }

    public static async Task<Created<PublishedYearlyReportResponse>> PublishAsync(YearlyReportQuery request, [FromServices] YearlyReportSources sources,
        [FromServices] BenchmarkSources benchmarks, [FromServices] PublicationServices services, CancellationToken ct)
    {
        var report = await sources.ComposeAsync(request, ct);
        var perChildren = await benchmarks.ForPeriodAsync(report.From, report.To, ct);
        var earlier = await services.Db.PublishedYearlyReports
            .CountAsync(r => r.Partnership == report.Partnership && r.From == report.From && r.To == report.To, ct);
        var published = PublishedYearlyReport.Publish(report.Partnership, report.From, report.To, earlier, JsonSerializer.Serialize(report, Json),
            YearlyReportDocument.Render(report, perChildren), services.Caller, services.Clock);
        services.Db.PublishedYearlyReports.Add(published);
        services.Audit.Record("publish", AuditResource, published.Id.ToString(), "yearlyReport");
        await services.Db.SaveChangesAsync(ct);
        var response = PublishedYearlyReportResponse.Of(published);
        return TypedResults.Created($"/api/yearly-report/publications/{published.Id}", response);
    }

    public static async Task<Ok<List<PublishedYearlyReportResponse>>> ListAsync([FromServices] PublicationServices services, CancellationToken ct)
    {
        var partnership = services.User.Partnership() ?? "";
        var reports = await services.Db.PublishedYearlyReports.AsNoTracking().Where(r => r.Partnership == partnership)
            .OrderByDescending(r => r.PublishedAt).Select(r => new { r.Id, r.Partnership, r.From, r.To, r.Version, r.PublishedOn, r.PublishedBy, r.PublishedAt })
            .ToListAsync(ct);
        return TypedResults.Ok(reports.Select(r => new PublishedYearlyReportResponse(r.Id, r.Partnership, r.From, r.To, r.Version, r.PublishedOn,
            r.PublishedBy, $"/api/yearly-report/publications/{r.Id}/document")).ToList());
    }

    public static async Task<ContentHttpResult> DocumentAsync(Guid id, [FromServices] PublicationServices services, CancellationToken ct)
    {
        var partnership = services.User.Partnership() ?? "";
        var document = await services.Db.PublishedYearlyReports.AsNoTracking().Where(r => r.Id == id && r.Partnership == partnership)
            .Select(r => r.Document).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Published yearly report", id);
        return TypedResults.Text(document, "text/html; charset=utf-8");
    }

    /// <summary>The audit trail's resource for a published yearly report.</summary>
    public const string AuditResource = "yearly-report";
}
