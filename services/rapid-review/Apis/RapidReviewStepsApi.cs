using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http.HttpResults;
using Safeguarding.RapidReview.Api.Apis.Requests;
using Safeguarding.RapidReview.Api.Model;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.RapidReview.Api.Apis;

/// <summary>
/// The rapid review's steps, in the order the process runs them: contributions, the meeting, the
/// business manager's recommendation, the chair's decision and its communication, the submission
/// to the national panel and its response. The review decides whether a step is allowed now.
/// </summary>
public static class RapidReviewStepsApi
{
    public static IEndpointRouteBuilder MapRapidReviewStepsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/rapid-reviews/{id:guid}").WithTags("Rapid reviews");
        api.MapPost("/contributions", ContributeAsync).WithName("ContributeToRapidReview")
            .WithSummary("An agency's contribution: involvement, dated key practice episodes, immediate safety actions, practitioner contact; it meets the request made of the agency")
            .RequireAuthorization(Policies.ContributeToRapidReview);
        api.MapPost("/milestones/{code}/completion", CompleteMilestoneAsync).WithName("CompleteRapidReviewMilestone")
            .WithSummary("Mark a milestone done that no other step completes (the chairs being informed)")
            .RequireAuthorization(Policies.RunRapidReview);
        api.MapPost("/meeting", RecordMeetingAsync).WithName("RecordRapidReviewMeeting")
            .WithSummary("The rapid review meeting: when, which safeguarding partners attended, and optionally who attended against the invitations")
            .RequireAuthorization(Policies.RunRapidReview);
        api.MapPost("/recommendation", RecommendAsync).WithName("RecommendOutcome")
            .WithSummary("The business manager's recommendation to the chair")
            .RequireAuthorization(Policies.RunRapidReview);
        api.MapPost("/decision", DecideAsync).WithName("DecideOnReview")
            .WithSummary("The independent chair's decision on what kind of review to hold")
            .RequireAuthorization(Policies.DecideOnReview);
        api.MapPost("/decision/communications", CommunicateAsync).WithName("RecordDecisionCommunicated")
            .WithSummary("When the decision was communicated to the family, the review group or the original referrer")
            .RequireAuthorization(Policies.RunRapidReview);
        api.MapPost("/submission", SubmitAsync).WithName("SubmitToNationalPanel")
            .WithSummary("Send the rapid review to the national panel (on time when within 15 working days of the notification)")
            .RequireAuthorization(Policies.RunRapidReview);
        api.MapPost("/panel-response", RespondAsync).WithName("RecordPanelResponse")
            .WithSummary("The national panel's response: agrees, disagrees or takes a national review")
            .RequireAuthorization(Policies.RespondAsNationalPanel);
        return app;
    }

    /// <summary>Answers with the agency's own contribution only: other agencies' contributions are not theirs to see.</summary>
    public static async Task<Ok<AgencyContribution>> ContributeAsync(Guid id, ContributeRequest request, [FromServices] RapidReviewServices services, CancellationToken ct)
    {
        var review = await services.LoadAsync(id, ct);
        var contribution = review.Contribute(request.ToContribution(services.Caller, services.Clock.GetUtcNow()), services.ActingAgency, services.Clock);
        await services.SaveAsync(review, "contribute", "contributions", ct);
        return TypedResults.Ok(contribution);
    }

    public static async Task<Results<Ok<RapidReviewResponse>, ProblemHttpResult>> CompleteMilestoneAsync(
        Guid id, string code, [FromServices] RapidReviewServices services, CancellationToken ct)
    {
        var review = await services.LoadAsync(id, ct);
        if (!review.HasMilestone(code))
        {
            return TypedResults.Problem(title: "No such milestone", detail: $"The rapid review has no milestone {code}.", statusCode: StatusCodes.Status404NotFound);
        }

        review.CompleteMilestoneByHand(code, services.Clock);
        return await SavedAsync(review, "complete-milestone", "milestones", services, ct);
    }

    public static async Task<Ok<RapidReviewResponse>> RecordMeetingAsync(Guid id, MeetingRequest request, [FromServices] RapidReviewServices services, CancellationToken ct)
    {
        var review = await services.LoadAsync(id, ct);
        var attended = request.Attendance;
        review.RecordMeeting(request.HeldOn!.Value, attended.LocalAuthority!.Value, attended.Police!.Value, attended.Health!.Value, services.Caller, services.Clock,
            request.ToInviteeAttendance());
        return await SavedAsync(review, "record-meeting", "meeting", services, ct);
    }

    public static async Task<Ok<RapidReviewResponse>> RecommendAsync(Guid id, RecommendationRequest request, [FromServices] RapidReviewServices services, CancellationToken ct)
    {
        var review = await services.LoadAsync(id, ct);
        review.Recommend(request.ToRecommendation(services.Caller), services.Clock);
        return await SavedAsync(review, "recommend", "recommendation", services, ct);
    }

    /// <summary>A decision for any review but no further action opens the review that follows, due six months on.</summary>
    public static async Task<Ok<RapidReviewResponse>> DecideAsync(Guid id, DecisionRequest request, [FromServices] RapidReviewServices services, CancellationToken ct)
    {
        var review = await services.LoadAsync(id, ct);
        if (review.Decide(request.Outcome, request.Rationale, services.CallerName, services.Clock) is { } follow)
        {
            services.Db.CaseReviews.Add(follow);
            services.Audit.Record("create", CaseReviewsApi.AuditResource, follow.Id.ToString(), "type", "targetCompletionOn");
        }

        return await SavedAsync(review, "decide", "decision", services, ct);
    }

    public static async Task<Ok<RapidReviewResponse>> CommunicateAsync(Guid id, CommunicationRequest request, [FromServices] RapidReviewServices services, CancellationToken ct)
    {
        var review = await services.LoadAsync(id, ct);
        review.RecordCommunication(request.Audience, request.CommunicatedOn!.Value, services.Clock);
        return await SavedAsync(review, "communicate-decision", "decision", services, ct);
    }

    public static async Task<Ok<RapidReviewResponse>> SubmitAsync(Guid id, SubmissionRequest request, [FromServices] RapidReviewServices services, CancellationToken ct)
    {
        var review = await services.LoadAsync(id, ct);
        review.SubmitToPanel(request.SubmittedOn, request.DelayReason, services.Caller, services.Clock);
        return await SavedAsync(review, "submit", "submission", services, ct);
    }

    public static async Task<Ok<RapidReviewResponse>> RespondAsync(Guid id, PanelResponseRequest request, [FromServices] RapidReviewServices services, CancellationToken ct)
    {
        var review = await services.LoadAsync(id, ct);
        review.RecordPanelResponse(request.Response, request.Comments, services.Clock);
        return await SavedAsync(review, "panel-response", "panelResponse", services, ct);
    }

    private static async Task<Ok<RapidReviewResponse>> SavedAsync(Model.RapidReview review, string action, string field, RapidReviewServices services, CancellationToken ct)
    {
        await services.SaveAsync(review, action, field, ct);
        return TypedResults.Ok(RapidReviewResponse.From(review, services.Clock));
    }
}
