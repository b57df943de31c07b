using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Api.Apis;

/// <summary>A rapid review in a list: where it stands and its dates, without any case detail.</summary>
public sealed record RapidReviewSummary(
    Guid Id, Guid NotificationId, string LocalAuthority, string Nature, DateOnly NotifiedOn, DateOnly DueOn, string Status,
    DateTimeOffset OpenedAt, Guid? ReferralId, bool Retrospective, DateOnly? ClosedOn, string? ClosedBecause,
    int Contributions, string? DecidedOutcome, DateOnly? DecidedOn, bool? SubmittedOnTime, IReadOnlyList<MilestoneResponse> Milestones)
{
    public static RapidReviewSummary From(Model.RapidReview r, TimeProvider time) => new(
        r.Id, r.NotificationId, r.LocalAuthority, r.Nature, r.NotifiedOn, r.DueOn, RapidReviewResponse.StatusName(r.Status), r.OpenedAt,
        r.ReferralId, r.Retrospective, r.ClosedOn, r.ClosedBecause, r.Contributions.Count, r.Decision?.Outcome, r.Decision?.DecidedOn,
        r.Submission?.OnTime, RapidReviewResponse.MilestonesOf(r, time.Today()));
}
