using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Publication.Api.Model;
using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.Statutory;

namespace Safeguarding.Publication.Api.Apis;

/// <summary>
/// The public register, for anyone without signing in: a partnership's published reviews (and its
/// decisions not to publish, with the improvements), as JSON and as an Atom feed, and the published
/// reports. Nothing that is not published is on it.
/// </summary>
public static partial class RegisterApi
{
    public static IEndpointRouteBuilder MapRegisterApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/register/{partnership}").WithTags("Public register").AllowAnonymous();
        api.MapGet("", RegisterAsync).WithName("GetPublicRegister")
            .WithSummary("A partnership's published reviews, online and (after a year) in the archive");
        api.MapGet("/feed.atom", FeedAsync).WithName("GetPublicRegisterFeed")
            .WithSummary("The public register as an Atom feed")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml");
        api.MapGet("/{id:guid}/report", ReportAsync).WithName("DownloadPublishedReport")
            .WithSummary("A published review's report")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream");
        return app;
    }

    public static async Task<Ok<RegisterResponse>> RegisterAsync(string partnership, [FromServices] PublicationServices services, CancellationToken ct) =>
        TypedResults.Ok(await ReadAsync(partnership, services, ct));

    public static async Task<ContentHttpResult> FeedAsync(string partnership, [FromServices] PublicationServices services, CancellationToken ct)
    {
        var feed = RegisterFeed.Of(await ReadAsync(partnership, services, ct), services.Clock.GetUtcNow());
        return TypedResults.Content(feed.Declaration + feed.ToString(), "application/atom+xml", Encoding.UTF8);
    }

    /// <summary>The checked report as it was published, under the name it was published with (never the uploaded file's name).</summary>
    public static async Task<FileContentHttpResult> ReportAsync(string partnership, Guid id, [FromServices] PublicationServices services, CancellationToken ct)
    {
        var publication = await services.Db.Publications.AsNoTracking()
            .FirstOrDefaultAsync(p => p.Id == id && p.Partnership == partnership && p.Status == PublicationStatus.Published, ct)
            ?? throw new NotFoundException("Published review", id);
        var report = publication.CurrentReport!;
        var content = await services.ReportContentAsync(id, report.Version, ct);
        var extension = report.ContentType == "application/pdf" ? ".pdf" : ".docx";
        var name = UnsafeInFileName().Replace(publication.Register!.Name, "-");
        return TypedResults.File(content, report.ContentType, $"{publication.PublishedOn!.Value.Year} {publication.Partnership} {name}{extension}");
    }

    private static async Task<RegisterResponse> ReadAsync(string partnership, PublicationServices services, CancellationToken ct)
    {
        var today = services.Clock.Today();
        var listed = await services.Db.Publications.AsNoTracking()
            .Where(p => p.Partnership == partnership && (p.Status == PublicationStatus.Published || p.Status == PublicationStatus.NotPublished))
            .ToListAsync(ct);
        var items = listed.Select(p => RegisterItem.From(p, today)).OrderByDescending(i => i.On).ThenBy(i => i.Id).ToList();
        return new RegisterResponse(partnership, [.. items.Where(i => !i.Archived)], [.. items.Where(i => i.Archived)]);
    }

    [GeneratedRegex(@"[^\p{L}\p{N} ._-]")]
    private static partial Regex UnsafeInFileName();
}
