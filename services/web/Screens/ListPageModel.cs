using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguarding.Web.Platform;

namespace Safeguarding.Web.Screens;

/// <summary>A list of the platform's, a page at a time (<c>?page=</c>), with the number of pages for the pagination.</summary>
public abstract class ListPageModel<T>(PlatformApi platform) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PageOf<T> List { get; private set; } = new(1, PageSize, 0, []);

    public int Pages => Math.Max(1, (List.Total + PageSize - 1) / PageSize);

    /// <summary>The list's address in the API, e.g. "/api/referrals".</summary>
    protected abstract string Api { get; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        List = await platform.GetAsync<PageOf<T>>($"{Api}?page={PageNumber}&pageSize={PageSize}", ct);
    }
}
