using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Publication.Api.Apis;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>
/// The pull feeds: each national body reads its own, with its own token, in a stable order it can
/// resume from; and fetches the final reports its feed announces.
/// </summary>
public static class FeedsApi
{
    public const string AuditResource = "feed";

    /// <summary>A notification's identifying details read from a feed, by the notification's id.</summary>

    public static IEndpointRouteBuilder MapFeedsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/feeds/{recipient}").WithTags("Feeds").RequireAuthorization(Policies.ReadFeed);
        api.MapGet("", ReadAsync).WithName("ReadFeed")
            .WithSummary("The national body's feed, oldest first, after a cursor (after=, limit=): CloudEvents minimised for that body");
        api.MapGet("/reports/{publicationId:guid}/{version:int}", ReportAsync).WithName("ReadFeedReport")
            .WithSummary("A final report the feed announced, exactly as sent (check it against the announced sha256)");
        api.MapGet("/yearly-reports/{yearlyReportId:guid}", YearlyReportAsync).WithName("ReadFeedYearlyReport")
            .WithSummary("A partnership's yearly report the feed announced: its printable document, exactly as published")
            .Produces(StatusCodes.Status200OK, contentType: "text/html");
        return app;
    }

    public static async Task<Results<Ok<FeedPage>, ProblemHttpResult>> ReadAsync(string recipient, [AsParameters] FeedQuery query,
        [FromServices] PublicationServices services, [FromServices] FeedReading reading, CancellationToken ct)
    {
        if (!services.User.Reads(recipient))
        {
            return NotYours();
        }

        var page = await reading.PageAsync(recipient, query.Cursor, query.Limit ?? 100, ct);
        if (page.Items.Count > 0)
        {
            // Every page read is on the record; so is each notification or rapid review whose identifying detail the page carries (the panel's).
            await services.Audit.SaveReadAsync(AuditResource, recipient, [.. page.Items.Select(i => i.Type).Distinct()], ct);
            foreach (var (subject, (resource, fields)) in page.Items.Select(i => (i.Subject, Read: FeedMinimisation.Identifying(i)))
                         .Where(i => i.Read is not null).Select(i => (i.Subject, i.Read!.Value)).DistinctBy(i => i.Subject))
            {
                await services.Audit.SaveReadAsync(resource, subject, fields, ct);
            }
        }

        return TypedResults.Ok(page);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult, NotFound>> ReportAsync(string recipient, Guid publicationId, int version,
        [FromServices] PublicationServices services, CancellationToken ct)
    {
        if (!services.User.Reads(recipient))
        {
            return NotYours();
        }

        var subject = publicationId.ToString();
        var announced = await services.Db.FeedItems.AsNoTracking()
            .Where(i => i.Recipient == recipient && i.Type == FeedTypes.FinalReportSent && i.Subject == subject).Select(i => i.Data).ToListAsync(ct);
        var publication = announced.Count == 0 ? null : await services.Db.Publications.AsNoTracking().FirstOrDefaultAsync(p => p.Id == publicationId, ct);
        if (publication?.Reports.FirstOrDefault(r => r.Version == version) is not { } report
            || !announced.Any(d => FeedItem.ReportVersionIn(d) == version))
        {
            return TypedResults.NotFound();
        }

        await services.Audit.SaveReadAsync(PublicationServices.AuditResource, subject, [$"reports/{version}"], ct);
        return TypedResults.File(await services.ReportContentAsync(publicationId, version, ct), report.ContentType, $"final-report-v{version}{Extension(report.ContentType)}");
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult, NotFound>> YearlyReportAsync(string recipient, Guid yearlyReportId,
        [FromServices] PublicationServices services, CancellationToken ct)
    {
        if (!services.User.Reads(recipient))
        {
            return NotYours();
        }

        var subject = yearlyReportId.ToString();
        var announced = await services.Db.FeedItems.AnyAsync(i => i.Recipient == recipient && i.Type == FeedTypes.YearlyReportPublished && i.Subject == subject, ct);
        var document = announced ? await services.Db.PublishedYearlyReports.AsNoTracking().Where(r => r.Id == yearlyReportId).Select(r => r.Document).FirstOrDefaultAsync(ct) : null;
        return document is null ? TypedResults.NotFound() : TypedResults.Text(document, "text/html; charset=utf-8");
    }

    private static ProblemHttpResult NotYours() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: "A national body reads its own feed only.");

    private static string Extension(string contentType) => contentType == "application/pdf" ? ".pdf" : ".docx";
}
