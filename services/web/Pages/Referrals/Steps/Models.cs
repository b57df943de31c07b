using Microsoft.AspNetCore.Authorization;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Web.Platform;
using Safeguarding.Web.Screens;

namespace Safeguarding.Web.Pages.Referrals.Steps;

/// <summary>A step of a considered case (<c>POST /api/referrals/{id}/{step}</c>).</summary>
public abstract class ReferralStepModel<TForm>(PlatformApi platform) : StepPageModel<TForm, ReferralCase>(platform)
    where TForm : class, IStepForm, new()
{
    public ReferralCase Referral => Case;

    protected override string Api => "/api/referrals";

    protected override string Screen => "/referrals";
}

[Authorize(Roles = $"{Roles.BusinessManager},{Roles.PartnerRepresentative},{Roles.LocalAuthorityNotifier}")]
public sealed class NotToNotifyModel(PlatformApi platform) : ReferralStepModel<NotToNotifyForm>(platform)
{
    protected override string Step => "decision-not-to-notify";
}

[Authorize(Roles = Roles.IndependentChair)]
public sealed class ResolveModel(PlatformApi platform) : ReferralStepModel<EscalationForm>(platform)
{
    protected override string Step => "escalation/resolution";
}
