using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguarding.Web.Platform;

namespace Safeguarding.Web.Pages.RapidReviews;

/// <summary>The partnership's rapid reviews, newest first, a page at a time.</summary>
public sealed class IndexModel(PlatformApi platform) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PageOf<RapidReviewRow> Reviews { get; private set; } = new(1, PageSize, 0, []);

    public int Pages => Math.Max(1, (Reviews.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        Reviews = await platform.GetAsync<PageOf<RapidReviewRow>>($"/api/rapid-reviews?page={PageNumber}&pageSize={PageSize}", ct);
    }
}
