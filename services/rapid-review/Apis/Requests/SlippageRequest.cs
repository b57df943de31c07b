using System.ComponentModel.DataAnnotations;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

public sealed record SlippageRequest([Required] DateOnly? NewExpectedCompletionOn, [Required, MaxLength(2_000)] string Reason);
