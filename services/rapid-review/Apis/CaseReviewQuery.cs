namespace Safeguarding.RapidReview.Api.Apis;

/// <summary>Filters for the list of reviews, and the page.</summary>
public sealed record CaseReviewQuery : PageRequest
{
    public Guid? RapidReviewId { get; init; }
}
