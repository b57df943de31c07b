using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Web.Platform;
using Safeguarding.Web.Screens;

namespace Safeguarding.Web.Pages.History;

/// <summary>
/// Bringing in the partnership's register of past cases (CSV UTF-8 or XLSX): checked first, with
/// every problem shown by row and column, then imported whole or not at all.
/// </summary>
[Authorize(Roles = $"{Roles.BusinessManager},{Roles.IndependentChair}")]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
[RequestSizeLimit(MaxBytes)]
public sealed class ImportModel(PlatformApi platform) : PageModel
{
    // The gateway refuses a larger body before it gets here.
    private const int MaxBytes = 10 * 1024 * 1024 + 64 * 1024;

    [BindProperty]
    public IFormFile? Register { get; set; }

    public FormErrors Errors { get; } = new();

    public ImportCheck? Check { get; private set; }

    public ImportDone? Done { get; private set; }

    public IReadOnlyList<ImportDone> Earlier { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Earlier = await platform.GetAsync<List<ImportDone>>("/api/history-imports", ct);

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken ct)
    {
        if (await SendAsync<ImportCheck>("/api/history-imports/dry-run", ct) is { } check)
        {
            Check = check;
        }

        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        Done = await SendAsync<ImportDone>("/api/history-imports", ct);
        await OnGetAsync(ct);
        return Page();
    }

    private async Task<T?> SendAsync<T>(string path, CancellationToken ct) where T : class
    {
        if (Register is not { Length: > 0 } file)
        {
            Errors.Add("register", "Choose the register to import");
            return null;
        }

        var sent = await platform.UploadAsync<T>(path, file, null, ct);
        if (sent.Problem is { } problem)
        {
            // The register's problems name their row and column; they are listed, not linked.
            foreach (var (where, message) in problem.Errors)
            {
                Errors.Add(where == "file" ? "register" : "", where == "file" ? message : $"{char.ToUpperInvariant(where[0])}{where[1..]}: {message}");
            }

            if (problem.Errors.Count == 0)
            {
                Errors.Add("", problem.Detail ?? problem.Title);
            }
        }

        return sent.Value;
    }
}
