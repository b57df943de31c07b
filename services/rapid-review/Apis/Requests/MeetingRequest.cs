using System.ComponentModel.DataAnnotations;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

/// <summary>The rapid review meeting: when, and which of the three safeguarding partners attended.</summary>
public sealed record MeetingRequest([Required] DateOnly? HeldOn, [Required] AttendanceRequest Attendance);

public sealed record AttendanceRequest([Required] bool? LocalAuthority, [Required] bool? Police, [Required] bool? Health);
