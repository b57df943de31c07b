using Microsoft.AspNetCore.Authorization;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Web.Platform;
using Safeguarding.Web.Screens;

namespace Safeguarding.Web.Pages.Referrals;

/// <summary>An agency refers a case for the partnership to consider for notification.</summary>
[Authorize(Roles = $"{Roles.LocalAuthorityNotifier},{Roles.PartnerRepresentative},{Roles.RelevantAgency},{Roles.BusinessManager}")]
public sealed class NewModel(PlatformApi platform) : NewCasePageModel<ReferForm>(platform)
{
    protected override string Api => "/api/referrals";

    protected override string Opened(Guid id) => $"/referrals/{id}?done=referred";
}
