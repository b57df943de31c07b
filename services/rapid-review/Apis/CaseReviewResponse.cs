using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Apis;

public sealed record CaseReviewResponse(
    Guid Id, Guid RapidReviewId, string LocalAuthority, string Type, string Status, DateOnly DecidedOn, DateOnly TargetCompletionOn,
    DateOnly ExpectedCompletionOn, string? Methodology, Reviewer? Reviewer, DateOnly? TermsOfReferenceAgreedOn, IReadOnlyList<DateOnly> PanelMeetings,
    PractitionerLearningEvent? PractitionerLearningEvent, FamilyInvolvement? FamilyInvolvement, IReadOnlyList<ParallelProceeding> ParallelProceedings,
    ReviewCosts? Costs, IReadOnlyList<Slippage> Slippages, DateOnly? DraftReportReceivedOn, AcceptedReport? Report)
{
    public static CaseReviewResponse From(CaseReview r) => new(
        r.Id, r.RapidReviewId, r.LocalAuthority, r.Type, StatusName(r.Status),
        r.DecidedOn, r.TargetCompletionOn, r.ExpectedCompletionOn, r.Methodology, r.Reviewer, r.TermsOfReferenceAgreedOn, r.PanelMeetings,
        r.PractitionerLearningEvent, r.FamilyInvolvement, r.ParallelProceedings, r.Costs, r.Slippages, r.DraftReportReceivedOn, r.Report);

    public static string StatusName(CaseReviewStatus status) => status == CaseReviewStatus.ReportAccepted ? "report-accepted" : "in-progress";
}
