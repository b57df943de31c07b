using static Safeguarding.ServiceDefaults.Domain.Rules;

namespace Safeguarding.RapidReview.Api.Model;

/// <summary>
/// The rapid review meeting as planned: when and where, who is invited, and the papers shared with
/// them. The business manager, the independent chair and the invited agencies see it; nobody else.
/// </summary>
public sealed class MeetingPlan
{
    /// <summary>A meeting may be planned up to this many days after the rapid review is due, and no later.</summary>
    public const int DaysAfterDue = 30;

    public const int MaxInvitations = 200;

    public const int MaxPapers = 30;

    public DateOnly MeetsOn { get; set; }

    public TimeOnly? StartsAt { get; set; }

    public required string Venue { get; set; }

    public List<MeetingInvitation> Invitations { get; set; } = [];

    public List<MeetingPaper> Papers { get; set; } = [];

    /// <summary>
    /// Moves the meeting (the latest date, time and venue win) and invites whoever is not invited
    /// yet. An email address already invited, in this call or an earlier one, is left as it was:
    /// sending the whole list again is harmless. Answers the invitations made now.
    /// </summary>
    public IReadOnlyList<MeetingInvitation> Plan(DateOnly meetsOn, TimeOnly? startsAt, string venue, IReadOnlyList<Invitee> invitees,
        string invitedBy, DateTimeOffset at)
    {
        var added = new List<MeetingInvitation>();
        foreach (var invitee in invitees)
        {
            var email = invitee.Email.Trim();
            if (Invitations.Concat(added).Any(i => string.Equals(i.Email, email, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            added.Add(new MeetingInvitation
            {
                Id = Guid.CreateVersion7(), Agency = invitee.Agency.Trim(), AgencyType = invitee.AgencyType, Name = invitee.Name.Trim(),
                Email = email, InvitedAt = at, InvitedBy = invitedBy,
            });
        }

        Allowed(Invitations.Count + added.Count <= MaxInvitations, $"A meeting has at most {MaxInvitations} invitations.");
        (MeetsOn, StartsAt, Venue) = (meetsOn, startsAt, venue.Trim());
        Invitations.AddRange(added);
        return added;
    }

    /// <summary>The agencies invited, each once, in the order they were first invited.</summary>
    public IReadOnlyList<string> InvitedAgencies() =>
        Invitations.Select(i => i.Agency).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Whether <paramref name="agency"/> (the caller's agency claim) is among the invited agencies.</summary>
    public bool Invited(string? agency) =>
        agency is { Length: > 0 } && Invitations.Any(i => string.Equals(i.Agency, agency.Trim(), StringComparison.OrdinalIgnoreCase));

    public MeetingPaper Share(MeetingPaper paper)
    {
        Allowed(Papers.Count < MaxPapers, $"A meeting has at most {MaxPapers} papers.");
        Papers.Add(paper);
        return paper;
    }

    /// <summary>
    /// Who attended, recorded against their invitations. Each id must be one of the invitations,
    /// once; an invitee of a safeguarding partner (local authority, police, health) who attended
    /// means that partner attended. Everything is checked before anything is recorded.
    /// </summary>
    public static void RecordAttendance(MeetingPlan? plan, IReadOnlyList<InviteeAttendance> attendance, bool localAuthority, bool police, bool health)
    {
        var invitations = new List<MeetingInvitation>();
        for (var i = 0; i < attendance.Count; i++)
        {
            var field = $"invitees[{i}].invitationId";
            var invitation = plan?.Invitations.FirstOrDefault(x => x.Id == attendance[i].InvitationId);
            Valid(invitation is not null, field, $"{field} is not one of this rapid review's meeting invitations.");
            Valid(!invitations.Contains(invitation!), field, $"{field} is given more than once.");
            var partnerAttended = invitation!.AgencyType switch
            {
                "local-authority" => (bool?)localAuthority,
                "police" => police,
                "health" => health,
                _ => null,
            };
            Valid(!attendance[i].Attended || partnerAttended is not false, $"invitees[{i}].attended",
                $"invitees[{i}].attended says the {invitation.AgencyType} invitee attended, but attendance says the {invitation.AgencyType} partner did not.");
            invitations.Add(invitation);
        }

        for (var i = 0; i < attendance.Count; i++)
        {
            invitations[i].Attended = attendance[i].Attended;
        }
    }
}
