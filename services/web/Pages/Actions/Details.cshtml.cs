using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguarding.Web.Platform;
using Safeguarding.Web.Screens;

namespace Safeguarding.Web.Pages.Actions;

/// <summary>One action: what success looks like, its progress and evidence, and its agency's or the business manager's next step.</summary>
public sealed class DetailsModel(PlatformApi platform) : PageModel
{
    public ActionCase Action { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    public async Task OnGetAsync(Guid id, CancellationToken ct) =>
        Action = await platform.GetAsync<ActionCase>($"/api/learning-actions/{id}", ct);

    /// <summary>The lead agency marks the action done; the platform refuses it without evidence.</summary>
    public async Task<IActionResult> OnPostCompleteAsync(Guid id, CancellationToken ct)
    {
        var sent = await platform.SendAsync<object>(HttpMethod.Post, $"/api/learning-actions/{id}/completion", new { }, ct);
        if (sent.Problem is null)
        {
            return Redirect($"/actions/{id}?done=completion");
        }

        Errors.Add(sent.Problem, new Dictionary<string, string>());
        Action = await platform.GetAsync<ActionCase>($"/api/learning-actions/{id}", ct);
        return Page();
    }
}
