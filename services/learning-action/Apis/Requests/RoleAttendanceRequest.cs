using System.ComponentModel.DataAnnotations;

namespace Safeguarding.LearningAction.Api.Apis.Requests;

/// <summary>How many practitioners in one role attended.</summary>
public sealed record RoleAttendanceRequest([Required, MaxLength(100)] string Role, [Required, Range(1, 10_000)] int? Practitioners);
