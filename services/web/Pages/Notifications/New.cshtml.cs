using Microsoft.AspNetCore.Authorization;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Web.Platform;
using Safeguarding.Web.Screens;

namespace Safeguarding.Web.Pages.Notifications;

/// <summary>The local authority notifies a serious incident on the national form; the platform checks it and opens the rapid review.</summary>
[Authorize(Roles = Roles.LocalAuthorityNotifier)]
public sealed class NewModel(PlatformApi platform) : NewCasePageModel<NotifyForm>(platform)
{
    protected override string Api => "/api/notifications";

    protected override string Opened(Guid id) => $"/notifications/{id}/sent";
}
