using System.ComponentModel.DataAnnotations;
using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

/// <summary>
/// The rapid review meeting: when, which of the three safeguarding partners attended, and
/// optionally who attended against the meeting's invitations.
/// </summary>
public sealed record MeetingRequest([Required] DateOnly? HeldOn, [Required] AttendanceRequest Attendance,
    [MaxLength(200)] IReadOnlyList<InviteeAttendanceRequest>? Invitees = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        (Invitees ?? []).Select((invitee, i) => (invitee, i)).Where(x => x.invitee is null)
            .Select(x => new ValidationResult($"invitees[{x.i}] is required.", [$"invitees[{x.i}]"]));

    public IReadOnlyList<InviteeAttendance> ToInviteeAttendance() =>
        (Invitees ?? []).Select(i => new InviteeAttendance(i.InvitationId!.Value, i.Attended!.Value)).ToList();
}
