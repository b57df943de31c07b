namespace Safeguarding.RapidReview.Api.Model;

/// <summary>Whether the person holding one invitation attended.</summary>
public sealed record InviteeAttendance(Guid InvitationId, bool Attended);
