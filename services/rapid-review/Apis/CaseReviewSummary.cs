using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Apis;

/// <summary>A review in a list: its type, where it stands and its dates, without the child's voice, findings or costs.</summary>
public sealed record CaseReviewSummary(
    Guid Id, Guid RapidReviewId, string LocalAuthority, string Type, string Status, DateOnly DecidedOn, DateOnly TargetCompletionOn,
    DateOnly ExpectedCompletionOn, DateOnly? ReviewerAppointedOn, DateOnly? DraftReportReceivedOn, DateOnly? ReportAcceptedOn)
{
    public static CaseReviewSummary From(CaseReview r) => new(
        r.Id, r.RapidReviewId, r.LocalAuthority, r.Type, CaseReviewResponse.StatusName(r.Status), r.DecidedOn, r.TargetCompletionOn,
        r.ExpectedCompletionOn, r.Reviewer?.AppointedOn, r.DraftReportReceivedOn, r.Report?.AcceptedOn);
}
