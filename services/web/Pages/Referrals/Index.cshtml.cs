using Safeguarding.Web.Platform;
using Safeguarding.Web.Screens;

namespace Safeguarding.Web.Pages.Referrals;

/// <summary>Every case considered in the partnership, notified or not, newest first: the chair's view of every decision.</summary>
public sealed class IndexModel(PlatformApi platform) : ListPageModel<ReferralCase>(platform)
{
    protected override string Api => "/api/referrals";
}
