using Safeguarding.Web.Platform;
using Safeguarding.Web.Screens;

namespace Safeguarding.Web.Pages.RapidReviews;

/// <summary>The partnership's rapid reviews, newest first, a page at a time.</summary>
public sealed class IndexModel(PlatformApi platform) : ListPageModel<RapidReviewRow>(platform)
{
    protected override string Api => "/api/rapid-reviews";
}
