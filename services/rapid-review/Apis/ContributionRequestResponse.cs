using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Apis;

/// <summary>A contribution request as the agency asked and the business unit see it: no case detail.</summary>
public sealed record ContributionRequestResponse(
    Guid Id,
    Guid RapidReviewId,
    string LocalAuthority,
    string Nature,
    DateOnly NotifiedOn,
    DateOnly RapidReviewDueOn,
    string Agency,
    string AgencyType,
    int DueDay,
    DateOnly DueOn,
    string Status,
    DateTimeOffset RequestedAt,
    DateTimeOffset? RemindedAt,
    DateTimeOffset? EscalatedAt,
    DateTimeOffset? ReceivedAt)
{
    public static ContributionRequestResponse From(Model.RapidReview review, ContributionRequest request, DateOnly today) =>
        From(new ContributionRequestRow(review.Id, review.LocalAuthority, review.Nature, review.NotifiedOn, review.DueOn, request), today);

    public static ContributionRequestResponse From(ContributionRequestRow row, DateOnly today)
    {
        var r = row.Request;
        return new(r.Id, row.RapidReviewId, row.LocalAuthority, row.Nature, row.NotifiedOn, row.RapidReviewDueOn, r.Agency, r.AgencyType, r.DueDay, r.DueOn,
            r.StatusOn(today), r.RequestedAt, r.RemindedAt, r.EscalatedAt, r.ReceivedAt);
    }
}
