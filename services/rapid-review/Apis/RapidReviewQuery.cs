namespace Safeguarding.RapidReview.Api.Apis;

/// <summary>Filters for the list of rapid reviews, and the page.</summary>
public sealed record RapidReviewQuery : PageRequest
{
    public Guid? NotificationId { get; init; }

    public Guid? ReferralId { get; init; }
}
