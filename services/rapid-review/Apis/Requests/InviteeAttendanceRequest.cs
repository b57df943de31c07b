using System.ComponentModel.DataAnnotations;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

/// <summary>Whether the person holding one of the meeting's invitations attended.</summary>
public sealed record InviteeAttendanceRequest([Required] Guid? InvitationId, [Required] bool? Attended);
