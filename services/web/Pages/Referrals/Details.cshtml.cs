using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguarding.Web.Platform;

namespace Safeguarding.Web.Pages.Referrals;

/// <summary>One considered case: what was referred, the decision with its rationale and the partners' positions, and any escalation.</summary>
public sealed class DetailsModel(PlatformApi platform) : PageModel
{
    public ReferralCase Referral { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) =>
        Referral = await platform.GetAsync<ReferralCase>($"/api/referrals/{id}", ct);
}
