using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Statutory;
using Safeguarding.Web.Platform;
using Safeguarding.Web.Screens;

namespace Safeguarding.Web.Pages;

/// <summary>
/// The person's home: for the business unit and the chair, every statutory deadline of the
/// partnership's open rapid reviews, the contributions awaited from agencies and the decisions due
/// on referred cases, escalations to the chair included; for an agency, what is asked of it.
/// </summary>
public sealed class IndexModel(PlatformApi platform, TimeProvider time) : PageModel
{
    public DateOnly Today { get; private set; }

    public Deadlines? Deadlines { get; private set; }

    public int OpenReviews { get; private set; }

    /// <summary>A list was longer than one page of the platform's: the deadlines are of its newest part only, and the page says so.</summary>
    public bool NewestOnly { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = time.Today();
        if (!Navigation.Allows(User, "/rapid-reviews"))
        {
            return;
        }

        var referrals = new List<ReferralCase>();
        if (Navigation.Allows(User, "/referrals"))
        {
            foreach (var status in (string[])["under-consideration", "escalated"])
            {
                var page = await platform.GetAsync<PageOf<ReferralCase>>($"/api/referrals?status={status}&pageSize=200", ct);
                referrals.AddRange(page.Items);
                NewestOnly |= page.Total > page.Items.Count;
            }
        }

        var reviews = await platform.GetAsync<PageOf<RapidReviewRow>>("/api/rapid-reviews?pageSize=200", ct);
        NewestOnly |= reviews.Total > reviews.Items.Count;
        var requests = User.IsInRole(Roles.BusinessManager) || User.IsInRole(Roles.PartnerRepresentative)
            ? (await platform.GetAsync<PageOf<ContributionRequestRow>>("/api/contribution-requests?pageSize=200", ct)).Items
            : [];
        OpenReviews = reviews.Items.Count(r => r.IsOpen);
        var actions = Navigation.Allows(User, "/actions")
            ? await platform.GetAsync<PageOf<ActionRow>>("/api/learning-actions?pageSize=200", ct)
            : new PageOf<ActionRow>(1, 200, 0, []);
        NewestOnly |= actions.Total > actions.Items.Count;
        Deadlines = Deadlines.From(reviews.Items, requests, referrals, actions.Items, Today);
    }
}
