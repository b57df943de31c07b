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
    IReadOnlyList<MilestoneResponse> Milestones)
{
    public static RapidReviewResponse From(Model.RapidReview r, TimeProvider time)
    {
        var today = time.Today();
        return new(r.Id, r.NotificationId, r.LocalAuthority, r.Nature, r.NotifiedOn, r.DueOn,
            r.Status.ToString().ToLowerInvariant(), r.OpenedAt, r.ReferralId, r.Retrospective, r.ClosedOn, r.ClosedBecause,
            r.Milestones.OrderBy(m => m.Day)
                .Select(m => new MilestoneResponse(m.Day, m.Code, m.Description, m.DueOn, m.CompletedAt,
                    Overdue: r.Status == Model.RapidReviewStatus.Open && m.CompletedAt is null && today > m.DueOn))
                .ToList());
    }
}

public sealed record MilestoneResponse(int Day, string Code, string Description, DateOnly DueOn, DateTimeOffset? CompletedAt, bool Overdue);
