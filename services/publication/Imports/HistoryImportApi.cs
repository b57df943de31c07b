using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Publication.Api.Apis;
using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.ServiceDefaults.Documents;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Statutory;

namespace Safeguarding.Publication.Api.Imports;

/// <summary>
/// Bringing a partnership's history in from its own register (CSV UTF-8 or XLSX): the dry run reads
/// the whole file and reports every problem by row and column, keeping nothing; the import takes
/// every case or none, and each service takes its part.
/// </summary>
public static class HistoryImportApi
{
    public const string AuditResource = "history-import";

    /// <summary>The largest form taken: the largest register with the form around it.</summary>
    private const long MaxFormBytes = RegisterFile.MaxBytes + 64 * 1024;

    public static IEndpointRouteBuilder MapHistoryImportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/history-imports").WithTags("History import").RequireAuthorization(Policies.ImportHistory);
        api.MapPost("/dry-run", DryRunAsync).WithName("DryRunHistoryImport")
            .WithSummary("Check a register (multipart/form-data: file, CSV UTF-8 or XLSX, at most 10 MB) without importing anything: every problem by row and column, and what its good rows hold")
            .AcceptsFormUpload(MaxFormBytes);
        api.MapPost("", HistoryImporting.ImportAsync).WithName("ImportHistory")
            .WithSummary("Import a register (as for the dry run): every case or, if any row has a problem, none; a case brought in again as it was changes nothing")
            .AcceptsFormUpload(MaxFormBytes);
        api.MapGet("", ListAsync).WithName("ListHistoryImports").WithSummary("The partnership's imports, newest first");
        api.MapGet("/{id:guid}", GetAsync).WithName("GetHistoryImport").WithSummary("One of the partnership's imports");
        return app;
    }

    public static async Task<Results<Ok<HistoryImportReport>, ValidationProblem>> DryRunAsync(IFormFile? file, [FromServices] PublicationServices services,
        CancellationToken ct)
    {
        var (upload, refused) = await RegisterUpload.ReadAsync(file, services.Clock.Today(), ct);
        if (upload is null)
            return refused!;
        services.Audit.Record("dry-run", AuditResource, services.User.Partnership() ?? "", "register");
        await services.Db.SaveChangesAsync(ct);
        return TypedResults.Ok(new HistoryImportReport(upload.Rows, upload.Problems.Count == 0, upload.Problems, HistoryCounts.Of(upload.Cases)));
    }

    public static async Task<Ok<HistoryImportResponse>> GetAsync(Guid id, [FromServices] PublicationServices services, CancellationToken ct)
    {
        var partnership = services.User.Partnership() ?? "";
        var import = await services.Db.HistoryImports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.Partnership == partnership, ct)
            ?? throw new NotFoundException("History import", id);
        return TypedResults.Ok(HistoryImportResponse.Of(import));
    }

    public static async Task<Ok<List<HistoryImportResponse>>> ListAsync([FromServices] PublicationServices services, CancellationToken ct)
    {
        var partnership = services.User.Partnership() ?? "";
        var imports = await services.Db.HistoryImports.AsNoTracking().Where(i => i.Partnership == partnership).OrderByDescending(i => i.ImportedAt)
            .ToListAsync(ct);
        return TypedResults.Ok(imports.Select(HistoryImportResponse.Of).ToList());
    }
}
