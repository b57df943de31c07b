using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Web.Platform;
using Safeguarding.Web.Screens;

namespace Safeguarding.Web.Pages.Operations;

/// <summary>The operator's view of who may use the platform: people and agency systems, and removing them (their tokens stop at once).</summary>
[Authorize(Roles = Roles.Operator)]
public sealed class AccessModel(PlatformApi platform) : PageModel
{
    public PageOf<PersonRow> People { get; private set; } = new(1, 200, 0, []);

    public PageOf<AgencySystemRow> Systems { get; private set; } = new(1, 200, 0, []);

    public FormErrors Errors { get; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        People = await platform.GetAsync<PageOf<PersonRow>>("/api/users?pageSize=200", ct);
        Systems = await platform.GetAsync<PageOf<AgencySystemRow>>("/api/clients?pageSize=200", ct);
    }

    public Task<IActionResult> OnPostRemovePersonAsync(string userName, CancellationToken ct) => RemoveAsync($"/api/users/{Uri.EscapeDataString(userName)}", ct);

    public Task<IActionResult> OnPostRemoveSystemAsync(string clientId, CancellationToken ct) => RemoveAsync($"/api/clients/{Uri.EscapeDataString(clientId)}", ct);

    private async Task<IActionResult> RemoveAsync(string path, CancellationToken ct)
    {
        var removed = await platform.SendAsync<object>(HttpMethod.Delete, path, null, ct);
        if (removed.Problem is null)
        {
            return Redirect("/operations/access?done=removed");
        }

        Errors.Add(removed.Problem, new Dictionary<string, string>());
        await OnGetAsync(ct);
        return Page();
    }
}
