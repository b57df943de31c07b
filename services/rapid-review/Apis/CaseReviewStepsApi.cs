using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.RapidReview.Api.Apis.Requests;
using Safeguarding.RapidReview.Api.Model;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.RapidReview.Api.Apis;

/// <summary>What the business manager and the reviewer record as the review runs, and the partnership's acceptance of the report.</summary>
public static class CaseReviewStepsApi
{
    public static RouteGroupBuilder MapCaseReviewStepsApi(this RouteGroupBuilder reviews)
    {
        var api = reviews.MapGroup("/{id:guid}");
        api.MapPost("/reviewer", AppointReviewerAsync).WithName("AppointReviewer")
            .WithSummary("The independent reviewer, the date appointed, and the methodology").RequireAuthorization(Policies.ManageReview);
        api.MapPost("/terms-of-reference", AgreeTermsOfReferenceAsync).WithName("AgreeTermsOfReference")
            .WithSummary("When the terms of reference were agreed").RequireAuthorization(Policies.ManageReview);
        api.MapPost("/panel-meetings", RecordPanelMeetingAsync).WithName("RecordPanelMeeting")
            .WithSummary("A review panel meeting").RequireAuthorization(Policies.ManageReview);
        api.MapPost("/practitioner-learning-event", RecordLearningEventAsync).WithName("RecordPractitionerLearningEvent")
            .WithSummary("The practitioner learning event: when, and who attended from each agency").RequireAuthorization(Policies.ManageReview);
        api.MapPost("/family-involvement", RecordFamilyInvolvementAsync).WithName("RecordFamilyInvolvement")
            .WithSummary("Whether the family was invited, took part or declined, and how the child's voice was heard").RequireAuthorization(Policies.ManageReview);
        api.MapPost("/parallel-proceedings", RecordParallelProceedingAsync).WithName("RecordParallelProceedings")
            .WithSummary("A criminal trial, inquest or family court case alongside the review, and the delay it causes").RequireAuthorization(Policies.ManageReview);
        api.MapPost("/costs", RecordCostsAsync).WithName("RecordReviewCosts")
            .WithSummary("The author's fee, other costs and partners' contributions").RequireAuthorization(Policies.ManageReview);
        api.MapPost("/slippage", RecordSlippageAsync).WithName("RecordSlippage")
            .WithSummary("The review will complete later than expected: when, and why").RequireAuthorization(Policies.ManageReview);
        api.MapPost("/draft-report", RecordDraftReportAsync).WithName("RecordDraftReport")
            .WithSummary("When the reviewer's draft report was received").RequireAuthorization(Policies.ManageReview);
        api.MapPost("/acceptance", AcceptReportAsync).WithName("AcceptReport")
            .WithSummary("The partnership accepts the report: findings, learning themes and recommendations (given stable identifiers R1, R2, …)")
            .RequireAuthorization(Policies.RunRapidReview);
        return reviews;
    }

    public static Task<Ok<CaseReviewResponse>> AppointReviewerAsync(Guid id, ReviewerRequest request, [FromServices] RapidReviewServices services, CancellationToken ct) =>
        StepAsync(id, "reviewer", services, ct, (r, clock) => r.AppointReviewer(request.Name.Trim(), request.AppointedOn!.Value, request.Methodology.Trim(), clock));

    public static Task<Ok<CaseReviewResponse>> AgreeTermsOfReferenceAsync(Guid id, TermsOfReferenceRequest request, [FromServices] RapidReviewServices services, CancellationToken ct) =>
        StepAsync(id, "termsOfReference", services, ct, (r, clock) => r.AgreeTermsOfReference(request.AgreedOn!.Value, clock));

    public static Task<Ok<CaseReviewResponse>> RecordPanelMeetingAsync(Guid id, PanelMeetingRequest request, [FromServices] RapidReviewServices services, CancellationToken ct) =>
        StepAsync(id, "panelMeetings", services, ct, (r, clock) => r.RecordPanelMeeting(request.HeldOn!.Value, clock));

    public static Task<Ok<CaseReviewResponse>> RecordLearningEventAsync(Guid id, LearningEventRequest request, [FromServices] RapidReviewServices services, CancellationToken ct) =>
        StepAsync(id, "practitionerLearningEvent", services, ct, (r, clock) => r.RecordPractitionerLearningEvent(request.HeldOn!.Value,
            request.Attendance.Select(a => new AgencyAttendance { Agency = a.Agency.Trim(), Practitioners = a.Practitioners!.Value }).ToList(), clock));

    public static Task<Ok<CaseReviewResponse>> RecordFamilyInvolvementAsync(Guid id, FamilyInvolvementRequest request, [FromServices] RapidReviewServices services, CancellationToken ct) =>
        StepAsync(id, "familyInvolvement", services, ct, (r, _) => r.RecordFamilyInvolvement(request.Status, request.ChildsVoice.Trim()));

    public static Task<Ok<CaseReviewResponse>> RecordParallelProceedingAsync(Guid id, ParallelProceedingRequest request, [FromServices] RapidReviewServices services, CancellationToken ct) =>
        StepAsync(id, "parallelProceedings", services, ct, (r, clock) =>
            r.RecordParallelProceeding(request.Kind, request.ExpectedConclusionOn, request.ExpectedDelayDays!.Value, request.Reason.Trim(), clock));

    public static Task<Ok<CaseReviewResponse>> RecordCostsAsync(Guid id, CostsRequest request, [FromServices] RapidReviewServices services, CancellationToken ct) =>
        StepAsync(id, "costs", services, ct, (r, _) => r.RecordCosts(request.AuthorFee!.Value, request.OtherCosts!.Value,
            request.PartnerContributions.Select(c => new PartnerContribution { Partner = c.Partner.Trim(), Amount = c.Amount!.Value }).ToList()));

    public static Task<Ok<CaseReviewResponse>> RecordSlippageAsync(Guid id, SlippageRequest request, [FromServices] RapidReviewServices services, CancellationToken ct) =>
        StepAsync(id, "slippages", services, ct, (r, clock) => r.RecordSlippage(request.NewExpectedCompletionOn!.Value, request.Reason.Trim(), clock));

    public static Task<Ok<CaseReviewResponse>> RecordDraftReportAsync(Guid id, DraftReportRequest request, [FromServices] RapidReviewServices services, CancellationToken ct) =>
        StepAsync(id, "draftReport", services, ct, (r, clock) => r.RecordDraftReport(request.ReceivedOn!.Value, clock));

    public static Task<Ok<CaseReviewResponse>> AcceptReportAsync(Guid id, AcceptanceRequest request, [FromServices] RapidReviewServices services, CancellationToken ct) =>
        StepAsync(id, "report", services, ct, (r, clock) => r.AcceptReport(request.AcceptedOn!.Value,
            [.. request.Findings.Select(f => f.Trim())], [.. request.LearningThemes.Select(t => t.Trim())], [.. request.Recommendations.Select(x => x.Trim())], clock));

    /// <summary>Loads the review (scoped to the caller's partnership), takes the step, audits and saves it.</summary>
    private static async Task<Ok<CaseReviewResponse>> StepAsync(Guid id, string field, RapidReviewServices services, CancellationToken ct,
        Action<CaseReview, TimeProvider> step)
    {
        var review = await services.LoadCaseReviewAsync(id, ct);
        step(review, services.Clock);
        services.Audit.Record("update", CaseReviewsApi.AuditResource, review.Id.ToString(), field);
        await services.Db.SaveChangesAsync(ct);
        return TypedResults.Ok(CaseReviewResponse.From(review));
    }
}
