using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguarding.Web.Platform;

namespace Safeguarding.Web.Pages.Actions;

/// <summary>The composite action plan: the partnership's for the business unit and the chair, an agency's own for its people.</summary>
public sealed class IndexModel(PlatformApi platform) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PageOf<ActionRow> Actions { get; private set; } = new(1, PageSize, 0, []);

    public int Pages => Math.Max(1, (Actions.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        Actions = await platform.GetAsync<PageOf<ActionRow>>($"/api/learning-actions?page={PageNumber}&pageSize={PageSize}", ct);
    }
}
