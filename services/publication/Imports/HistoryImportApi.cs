using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Publication.Api.Apis;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Statutory;

namespace Safeguarding.Publication.Api.Imports;

/// <summary>
/// Bringing a partnership's history in from its own register (CSV UTF-8 or XLSX): the dry run reads
/// the whole file and reports every problem by row and column, keeping nothing of it.
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
            .DisableAntiforgery().WithFormOptions(multipartBodyLengthLimit: MaxFormBytes).WithMetadata(new RequestSizeLimitAttribute(MaxFormBytes));
        return app;
    }

    public static async Task<Results<Ok<HistoryImportReport>, ValidationProblem>> DryRunAsync(IFormFile? file, [FromServices] PublicationServices services,
        CancellationToken ct)
    {
        if (file is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Attach the register as the form's file."] });
        await using var content = file.OpenReadStream();
        var register = await RegisterFile.ReadAsync(content, $"{file.FileName} {file.ContentType}", ct);
        if (register.IsRefused)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [.. register.Problems.Select(p => p.Message)] },
                title: "The file cannot be imported.");
        var (cases, problems) = HistoryCaseReader.Read(register, services.Clock.Today());
        services.Audit.Record("dry-run", AuditResource, services.User.Partnership() ?? "", "register");
        await services.Db.SaveChangesAsync(ct);
        return TypedResults.Ok(new HistoryImportReport(register.Rows.Count, problems.Count == 0, problems, HistoryCounts.Of(cases)));
    }
}
