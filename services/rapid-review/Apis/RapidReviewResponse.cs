using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Api.Apis;

public sealed record RapidReviewResponse(
    Guid Id,
    Guid NotificationId,
    string LocalAuthority,
    string Nature,
    DateOnly NotifiedOn,
    DateOnly DueOn,
    string Status,
    DateTimeOffset OpenedAt,
    Guid? ReferralId,
    bool Retrospective,
    DateOnly? ClosedOn,
    string? ClosedBecause,
    IReadOnlyList<MilestoneResponse> Milestones,
    IReadOnlyList<ContributionRequestResponse> ContributionRequests,
    IReadOnlyList<Model.AgencyContribution> Contributions,
    Model.RapidReviewMeeting? Meeting,
    Model.Recommendation? Recommendation,
    Model.ReviewDecision? Decision,
    Model.PanelSubmission? Submission,
    Model.PanelResponse? PanelResponse)
{
    public static RapidReviewResponse From(Model.RapidReview r, TimeProvider time) => new(
        r.Id, r.NotificationId, r.LocalAuthority, r.Nature, r.NotifiedOn, r.DueOn, StatusName(r.Status), r.OpenedAt, r.ReferralId,
        r.Retrospective, r.ClosedOn, r.ClosedBecause, MilestonesOf(r, time.Today()),
        [.. r.ContributionRequests.OrderBy(c => c.DueOn).ThenBy(c => c.Agency).Select(c => ContributionRequestResponse.From(r, c, time.Today()))],
        r.Contributions, r.Meeting, r.Recommendation, r.Decision, r.Submission, r.PanelResponse);

    public static IReadOnlyList<MilestoneResponse> MilestonesOf(Model.RapidReview r, DateOnly today) => r.Milestones.OrderBy(m => m.Day)
        .Select(m => new MilestoneResponse(m.Day, m.Code, m.Description, m.DueOn, m.CompletedAt,
            Overdue: r.Status is not (Model.RapidReviewStatus.Closed or Model.RapidReviewStatus.Completed) && m.CompletedAt is null && today > m.DueOn))
        .ToList();

    public static string StatusName(Model.RapidReviewStatus status) => status switch
    {
        Model.RapidReviewStatus.SubmittedToPanel => "submitted-to-panel",
        _ => status.ToString().ToLowerInvariant(),
    };
}
