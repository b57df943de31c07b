using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Publication.Api.Infrastructure;
using Safeguarding.Publication.Api.Model;
using Safeguarding.ServiceDefaults.Documents;
using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Publication.Api.Apis;

/// <summary>The final report's versions: uploaded by the business manager (each checked at once for identifiers), downloaded on the record.</summary>
public static class ReportsApi
{
    private static readonly string[] ReportTypes = [".pdf", ".docx"];

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/publications/{id:guid}/reports").WithTags("Publication");
        api.MapPost("", UploadAsync).WithName("UploadFinalReport")
            .WithSummary("A new version of the final report (multipart/form-data: file, title): PDF or Word (.docx), at most 10 MB; checked for identifiers at once")
            .AcceptsDocumentUpload()
            .RequireAuthorization(Policies.RunPublication);
        api.MapGet("/{version:int}", DownloadAsync).WithName("DownloadFinalReport")
            .WithSummary("Download a version of the final report (the download is audited)")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .RequireAuthorization(Policies.ReadPublications);
        return app;
    }

    /// <summary>The bytes and their text go to a table of their own, in the same transaction as the version's details.</summary>
    public static async Task<Ok<ReportVersion>> UploadAsync(Guid id, IFormFile? file, [FromForm] string? title, [FromServices] PublicationServices services, CancellationToken ct)
    {
        var publication = await services.LoadAsync(id, ct);
        var upload = await DocumentUpload.ReadAsync(file, title, ReportTypes, ct);
        var text = ReportText.Extract(upload.ContentType, upload.Content);
        var report = publication.AddReport(upload.Title, upload.FileName, upload.ContentType, upload.Content.Length, upload.Sha256, text, services.Caller, services.Clock);
        services.Db.ReportDocuments.Add(new ReportDocument { PublicationId = publication.Id, Version = report.Version, Content = upload.Content, Text = text });
        await services.SaveAsync(publication, "upload-report", $"reports[{report.Version}]", ct);
        return TypedResults.Ok(report);
    }

    public static async Task<FileContentHttpResult> DownloadAsync(Guid id, int version, [FromServices] PublicationServices services, CancellationToken ct)
    {
        var publication = await services.LoadAsync(id, ct, tracking: false);
        var report = publication.Reports.FirstOrDefault(r => r.Version == version) ?? throw new NotFoundException($"Report version {version} of publication", id);
        var content = await services.ReportContentAsync(id, version, ct);
        await services.Audit.SaveReadAsync(PublicationServices.AuditResource, id.ToString(), [$"reports[{version}]"], ct);
        return TypedResults.File(content, report.ContentType, report.FileName);
    }
}
