using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguarding.Web.Platform;

namespace Safeguarding.Web.Pages.Referrals;

/// <summary>Every case considered in the partnership, notified or not, newest first: the chair's view of every decision.</summary>
public sealed class IndexModel(PlatformApi platform) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PageOf<ReferralCase> Referrals { get; private set; } = new(1, PageSize, 0, []);

    public int Pages => Math.Max(1, (Referrals.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        Referrals = await platform.GetAsync<PageOf<ReferralCase>>($"/api/referrals?page={PageNumber}&pageSize={PageSize}", ct);
    }
}
