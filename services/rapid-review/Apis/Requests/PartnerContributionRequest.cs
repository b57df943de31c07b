using System.ComponentModel.DataAnnotations;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

public sealed record PartnerContributionRequest([Required, MaxLength(200)] string Partner, [Required, Range(typeof(decimal), "0", "100000000")] decimal? Amount);
