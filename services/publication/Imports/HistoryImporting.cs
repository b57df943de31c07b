using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Publication.Api.Apis;
using Safeguarding.Publication.Api.Model;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Statutory;

namespace Safeguarding.Publication.Api.Imports;

/// <summary>
/// The import itself: a register with any problem is refused whole; otherwise its cases, the
/// import and the event that takes each service its part are saved in one transaction.
/// </summary>
public static class HistoryImporting
{
    public static async Task<Results<Created<HistoryImportResponse>, ValidationProblem>> ImportAsync(IFormFile? file, [FromServices] PublicationServices services,
        CancellationToken ct)
    {
        var (upload, refused) = await RegisterUpload.ReadAsync(file, services.Clock.Today(), ct);
        if (upload is null)
            return refused!;
        if (upload.Problems.Count > 0)
            return upload.Refusal();
        var partnership = services.User.Partnership() ?? "";
        var held = await services.Db.RegisterCases.Where(c => c.Partnership == partnership).ToDictionaryAsync(c => c.Reference, StringComparer.OrdinalIgnoreCase, ct);
        var cases = upload.Cases.Select(c => RegisterCases.Of(partnership, held.TryGetValue(c.Reference, out var before) ? before.Reference : c.Reference, c)).ToList();
        var import = HistoryImport.Accept(partnership, cases, held, services.Caller, services.Clock);
        foreach (var (registerCase, _) in cases.Where(c => c.Case.ImportId == import.Id))
        {
            if (held.TryGetValue(registerCase.Reference, out var before))
                before.TakeFrom(registerCase);
            else
                services.Db.RegisterCases.Add(registerCase);
        }
        services.Db.HistoryImports.Add(import);
        services.Audit.Record("import", HistoryImportApi.AuditResource, import.Id.ToString(), "summary", "location", "gender", "age", "status");
        await services.Db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/history-imports/{import.Id}", HistoryImportResponse.Of(import));
    }
}
