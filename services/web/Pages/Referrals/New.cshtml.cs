using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Web.Platform;
using Safeguarding.Web.Screens;

namespace Safeguarding.Web.Pages.Referrals;

/// <summary>An agency refers a case for the partnership to consider for notification.</summary>
[Authorize(Roles = $"{Roles.LocalAuthorityNotifier},{Roles.PartnerRepresentative},{Roles.RelevantAgency},{Roles.BusinessManager}")]
public sealed class NewModel(PlatformApi platform) : PageModel
{
    [BindProperty]
    public ReferForm Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
        Form.ReferringAgency = User.FindFirst(ClaimNames.Agency)?.Value;
        Form.ContactName = User.Identity?.Name;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Form.Check(Errors);
        if (Errors.Any)
        {
            return Page();
        }

        var sent = await platform.SendAsync<Created>(HttpMethod.Post, "/api/referrals", Form.ToRequest(), ct, Form.IdempotencyKey);
        if (sent.Problem is { } problem)
        {
            Errors.Add(problem, Form.Questions);
            return Page();
        }

        return Redirect($"/referrals/{sent.Value!.Id}?done=referred");
    }

    /// <summary>What the front end keeps of the answer: the new case's id.</summary>
    public sealed record Created(Guid Id);
}
