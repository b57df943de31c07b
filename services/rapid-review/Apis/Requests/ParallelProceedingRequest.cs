using System.ComponentModel.DataAnnotations;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

/// <param name="Kind">criminal-trial, inquest or family-court.</param>
public sealed record ParallelProceedingRequest(
    [Required, OneOf("criminal-trial", "inquest", "family-court")] string Kind,
    DateOnly? ExpectedConclusionOn,
    [Required, Range(0, 1_000)] int? ExpectedDelayDays,
    [Required, MaxLength(2_000)] string Reason);
