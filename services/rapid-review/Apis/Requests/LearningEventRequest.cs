using System.ComponentModel.DataAnnotations;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

/// <summary>The practitioner learning event: when, and how many practitioners came from each agency.</summary>
public sealed record LearningEventRequest([Required] DateOnly? HeldOn, [Required, MinLength(1), MaxLength(50)] IReadOnlyList<AttendanceCount> Attendance);
