using System.ComponentModel.DataAnnotations;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

/// <summary>The author's fee, other costs and what each partner contributed, in pounds.</summary>
public sealed record CostsRequest(
    [Required, Range(typeof(decimal), "0", "100000000")] decimal? AuthorFee,
    [Required, Range(typeof(decimal), "0", "100000000")] decimal? OtherCosts,
    [Required, MaxLength(20)] IReadOnlyList<PartnerContributionRequest> PartnerContributions);
