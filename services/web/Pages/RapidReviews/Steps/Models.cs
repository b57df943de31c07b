using Microsoft.AspNetCore.Authorization;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Web.Platform;
using Safeguarding.Web.Screens;

namespace Safeguarding.Web.Pages.RapidReviews.Steps;

[Authorize(Roles = Roles.BusinessManager)]
public sealed class AskAgencyModel(PlatformApi platform) : RapidReviewStepModel<ContributionRequestForm>(platform)
{
    protected override string Step => "contribution-requests";
}

[Authorize(Roles = Roles.PartnerRepresentative)]
public sealed class ContributeModel(PlatformApi platform) : RapidReviewStepModel<ContributionForm>(platform)
{
    protected override string Step => "contributions";

    protected override void Prepare()
    {
        Form.Agency = User.FindFirst(ClaimNames.Agency)?.Value;
        Form.AgencyType = Review.ContributionRequests.FirstOrDefault(r => NextSteps.SameAgency(r.Agency, Form.Agency))?.AgencyType;
        Form.PractitionerName = User.Identity?.Name;
    }
}

[Authorize(Roles = Roles.BusinessManager)]
public sealed class MeetingModel(PlatformApi platform) : RapidReviewStepModel<MeetingForm>(platform)
{
    protected override string Step => "meeting";
}

[Authorize(Roles = Roles.BusinessManager)]
public sealed class RecommendModel(PlatformApi platform) : RapidReviewStepModel<RecommendationForm>(platform)
{
    protected override string Step => "recommendation";
}

[Authorize(Roles = Roles.IndependentChair)]
public sealed class DecideModel(PlatformApi platform) : RapidReviewStepModel<DecisionForm>(platform)
{
    protected override string Step => "decision";
}

[Authorize(Roles = Roles.BusinessManager)]
public sealed class SubmitModel(PlatformApi platform) : RapidReviewStepModel<SubmissionForm>(platform)
{
    protected override string Step => "submission";
}

[Authorize(Roles = Roles.NationalPanel)]
public sealed class PanelResponseModel(PlatformApi platform) : RapidReviewStepModel<PanelResponseForm>(platform)
{
    protected override string Step => "panel-response";
}
