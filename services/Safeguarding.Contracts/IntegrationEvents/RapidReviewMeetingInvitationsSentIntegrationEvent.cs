namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>
/// The business manager invited partners to a rapid review meeting, or moved it. Carries the meeting
/// as it now stands and every agency invited so far; never who was invited by name or email, and
/// nothing about the child.
/// </summary>
[IntegrationEvent("safeguarding.rapid-review.meeting-invitations-sent.v1")]
public sealed record RapidReviewMeetingInvitationsSentIntegrationEvent(
    Guid RapidReviewId,
    string Partnership,
    DateOnly MeetsOn,
    TimeOnly? StartsAt,
    string Venue,
    IReadOnlyList<string> InvitedAgencies) : IIntegrationEvent
{
    public string Subject => RapidReviewId.ToString();
}
