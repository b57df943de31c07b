using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Apis;

/// <summary>The rapid review meeting: as planned (null until the first invitations), its invitations with attendance, its papers, and the meeting as held.</summary>
public sealed record MeetingResponse(
    Guid RapidReviewId,
    DateOnly? MeetsOn,
    TimeOnly? StartsAt,
    string? Venue,
    IReadOnlyList<MeetingInvitation> Invitations,
    IReadOnlyList<MeetingPaper> Papers,
    RapidReviewMeeting? Held)
{
    public static MeetingResponse From(Model.RapidReview review) => new(
        review.Id, review.MeetingPlan?.MeetsOn, review.MeetingPlan?.StartsAt, review.MeetingPlan?.Venue,
        review.MeetingPlan?.Invitations ?? [], review.MeetingPlan?.Papers ?? [], review.Meeting);
}
