using Microsoft.AspNetCore.Authorization;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Web.Platform;
using Safeguarding.Web.Screens;

namespace Safeguarding.Web.Pages.Actions.Steps;

/// <summary>A step of an action on the plan (<c>POST /api/learning-actions/{id}/{step}</c>).</summary>
public abstract class ActionStepModel<TForm>(PlatformApi platform) : StepPageModel<TForm, ActionCase>(platform)
    where TForm : class, IStepForm, new()
{
    public ActionRow Action => Case.Action;

    protected override string Api => "/api/learning-actions";

    protected override string Screen => "/actions";
}

[Authorize(Roles = $"{Roles.PartnerRepresentative},{Roles.RelevantAgency},{Roles.BusinessManager}")]
public sealed class ProgressModel(PlatformApi platform) : ActionStepModel<ProgressForm>(platform)
{
    protected override string Step => "progress";
}

[Authorize(Roles = Roles.BusinessManager)]
public sealed class SignOffModel(PlatformApi platform) : ActionStepModel<SignOffForm>(platform)
{
    protected override string Step => "sign-off";
}

[Authorize(Roles = Roles.BusinessManager)]
public sealed class SendBackModel(PlatformApi platform) : ActionStepModel<ReasonForm>(platform)
{
    protected override string Step => "send-back";
}
