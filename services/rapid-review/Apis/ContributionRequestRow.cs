using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Apis;

/// <summary>A request with the few facts of its rapid review the list shows.</summary>
public sealed record ContributionRequestRow(Guid RapidReviewId, string LocalAuthority, string Nature, DateOnly NotifiedOn, DateOnly RapidReviewDueOn,
    ContributionRequest Request);
