using System.ComponentModel.DataAnnotations;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

public sealed record AttendanceCount([Required, MaxLength(200)] string Agency, [Required, Range(0, 1_000)] int? Practitioners);
