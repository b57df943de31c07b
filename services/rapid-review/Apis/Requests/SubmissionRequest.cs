using System.ComponentModel.DataAnnotations;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

/// <param name="SubmittedOn">Today when absent.</param>
/// <param name="DelayReason">Required when submitted after the 15-working-day deadline.</param>
public sealed record SubmissionRequest(DateOnly? SubmittedOn, [MaxLength(5_000)] string? DelayReason);
