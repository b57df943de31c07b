using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Apis;

/// <summary>Filters for the list of contribution requests, and the page.</summary>
public sealed record ContributionRequestQuery : PageRequest
{
    public Guid? RapidReviewId { get; init; }

    /// <summary>requested, overdue or received.</summary>
    [ServiceDefaults.Validation.OneOf(ContributionRequestStatus.Requested, ContributionRequestStatus.Overdue, ContributionRequestStatus.Received)]
    public string? Status { get; init; }
}
