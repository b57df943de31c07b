using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Web.Platform;
using Safeguarding.Web.Screens;

namespace Safeguarding.Web.Pages.Actions.Steps;

/// <summary>Evidence that an action was done: a document (PDF, Word, Excel, OpenDocument or text, up to 10 MB), a link or a statement.</summary>
[Authorize(Roles = $"{Roles.PartnerRepresentative},{Roles.RelevantAgency},{Roles.BusinessManager}")]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
[RequestSizeLimit(MaxBytes)]
public sealed class EvidenceModel(PlatformApi platform) : PageModel
{
    // The gateway refuses a larger body before it gets here.
    private const int MaxBytes = 10 * 1024 * 1024 + 64 * 1024;

    private static readonly IReadOnlyDictionary<string, string> Questions = new Dictionary<string, string>
    {
        ["title"] = "Enter a title for the evidence",
        ["file"] = "Choose a document",
        ["url"] = "Enter the link's full address, starting https://",
        ["statement"] = "Enter the evidence, choose a document, or give a link",
    };

    [BindProperty]
    public string? EvidenceTitle { get; set; }

    [BindProperty]
    public string? Statement { get; set; }

    [BindProperty]
    public string? Link { get; set; }

    [BindProperty]
    public IFormFile? Document { get; set; }

    public FormErrors Errors { get; } = new();

    public ActionRow Action { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) =>
        Action = (await platform.GetAsync<ActionCase>($"/api/learning-actions/{id}", ct)).Action;

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var sent = Document is { Length: > 0 } document
            ? await platform.UploadAsync<object>($"/api/learning-actions/{id}/evidence/documents", document, EvidenceTitle ?? "", ct)
            : await platform.SendAsync<object>(HttpMethod.Post, $"/api/learning-actions/{id}/evidence", new
            {
                kind = string.IsNullOrWhiteSpace(Link) ? "text" : "link", title = EvidenceTitle, statement = Choices.Blank(Statement), url = Choices.Blank(Link),
            }, ct);
        if (sent.Problem is null)
        {
            return Redirect($"/actions/{id}?done=evidence");
        }

        Errors.Add(sent.Problem, Questions);
        await OnGetAsync(id, ct);
        return Page();
    }
}
