using Safeguarding.Web.Platform;
using Safeguarding.Web.Screens;

namespace Safeguarding.Web.Pages.RapidReviews.Steps;

/// <summary>A step of a rapid review (<c>POST /api/rapid-reviews/{id}/{step}</c>).</summary>
public abstract class RapidReviewStepModel<TForm>(PlatformApi platform) : StepPageModel<TForm, RapidReviewCase>(platform)
    where TForm : class, IStepForm, new()
{
    public RapidReviewCase Review => Case;

    protected override string Api => "/api/rapid-reviews";

    protected override string Screen => "/rapid-reviews";
}
