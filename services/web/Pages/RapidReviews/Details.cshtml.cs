using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguarding.Web.Platform;

namespace Safeguarding.Web.Pages.RapidReviews;

/// <summary>One rapid review: its statutory milestones, the contributions asked and received, and the chair's decision.</summary>
public sealed class DetailsModel(PlatformApi platform) : PageModel
{
    public RapidReviewCase Review { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) =>
        Review = await platform.GetAsync<RapidReviewCase>($"/api/rapid-reviews/{id}", ct);
}
