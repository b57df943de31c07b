using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>Which briefings (by status), and the page.</summary>
public sealed record BriefingQuery : PageRequest
{
    [OneOf(BriefingStatus.Draft, BriefingStatus.Approved, BriefingStatus.Published)]
    public string? Status { get; init; }
}
