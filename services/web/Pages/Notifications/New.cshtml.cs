using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Web.Platform;
using Safeguarding.Web.Screens;

namespace Safeguarding.Web.Pages.Notifications;

/// <summary>The local authority notifies a serious incident on the national form; the platform checks it and opens the rapid review.</summary>
[Authorize(Roles = Roles.LocalAuthorityNotifier)]
public sealed class NewModel(PlatformApi platform) : PageModel
{
    [BindProperty]
    public NotifyForm Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
        Form.LocalAuthority = User.FindFirst(ClaimNames.Agency)?.Value;
        Form.NotifierName = User.Identity?.Name;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Form.CheckDates(Errors);
        if (Errors.Any)
        {
            return Page();
        }

        var sent = await platform.SendAsync<NotificationCreated>(HttpMethod.Post, "/api/notifications", Form.ToRequest(), ct, Form.IdempotencyKey);
        if (sent.Problem is { } problem)
        {
            Errors.Add(problem, NotifyForm.Questions);
            return Page();
        }

        return Redirect($"/notifications/{sent.Value!.Id}/sent");
    }
}
