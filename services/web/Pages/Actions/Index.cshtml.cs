using Safeguarding.Web.Platform;
using Safeguarding.Web.Screens;

namespace Safeguarding.Web.Pages.Actions;

/// <summary>The composite action plan: the partnership's for the business unit and the chair, an agency's own for its people.</summary>
public sealed class IndexModel(PlatformApi platform) : ListPageModel<ActionRow>(platform)
{
    protected override string Api => "/api/learning-actions";
}
