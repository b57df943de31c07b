using System.ComponentModel.DataAnnotations;

namespace Safeguarding.LearningAction.Api.Apis.Requests;

/// <summary>
/// One agency's attendance at an occasion, by role. An agency records its own (no <c>agency</c>, or
/// its own name); the business manager names the <c>agency</c>. It replaces that agency's earlier figures.
/// </summary>
public sealed record AttendanceRequest([MaxLength(200)] string? Agency, [Required, MinLength(1), MaxLength(30)] IReadOnlyList<RoleAttendanceRequest> Roles);
