namespace Safeguarding.RapidReview.Api.Model;

/// <summary>An invitation to the rapid review meeting; whether the invitee attended is recorded with the meeting.</summary>
public sealed class MeetingInvitation
{
    public Guid Id { get; set; }

    public required string Agency { get; set; }

    /// <summary>local-authority, police, health or relevant-agency.</summary>
    public required string AgencyType { get; set; }

    public required string Name { get; set; }

    public required string Email { get; set; }

    public DateTimeOffset InvitedAt { get; set; }

    public required string InvitedBy { get; set; }

    /// <summary>Null until the meeting is recorded with this invitation's attendance.</summary>
    public bool? Attended { get; set; }
}
