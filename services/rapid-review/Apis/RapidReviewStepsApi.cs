using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Safeguarding.RapidReview.Api.Infrastructure;
using Safeguarding.RapidReview.Api.Model;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Api.Apis;

/// <summary>
/// The rapid review's steps, in the order the process runs them: contributions, the meeting, the
/// business manager's recommendation, the chair's decision and its communication, the submission
/// to the national panel and its response. A step out of order is a 409.
/// </summary>
public static class RapidReviewStepsApi
{
    public const string AuditResource = "rapid-review";

    public static IEndpointRouteBuilder MapRapidReviewStepsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/rapid-reviews/{id}").WithTags("Rapid reviews");
        api.MapPost("/contributions", ContributeAsync).WithName("ContributeToRapidReview")
            .WithSummary("An agency's contribution: involvement, key practice episodes, immediate safety actions, practitioner contact")
            .Accepts<ContributionRequest>("application/json").RequireAuthorization(Policies.ContributeToRapidReview);
        api.MapPost("/milestones/{code}/completion", CompleteMilestoneAsync).WithName("CompleteRapidReviewMilestone")
            .WithSummary("Mark a milestone done that no other step completes (the chairs being informed)")
            .RequireAuthorization(Policies.RunRapidReview);
        api.MapPost("/meeting", RecordMeetingAsync).WithName("RecordRapidReviewMeeting")
            .WithSummary("The rapid review meeting: when, and which safeguarding partners attended")
            .Accepts<MeetingRequest>("application/json").RequireAuthorization(Policies.RunRapidReview);
        api.MapPost("/recommendation", RecommendAsync).WithName("RecommendOutcome")
            .WithSummary("The business manager's recommendation to the chair")
            .Accepts<RecommendationRequest>("application/json").RequireAuthorization(Policies.RunRapidReview);
        api.MapPost("/decision", DecideAsync).WithName("DecideOnReview")
            .WithSummary("The independent chair's decision on what kind of review to hold")
            .Accepts<DecisionRequest>("application/json").RequireAuthorization(Policies.DecideOnReview);
        api.MapPost("/decision/communications", CommunicateAsync).WithName("RecordDecisionCommunicated")
            .WithSummary("When the decision was communicated to the family, the review group or the original referrer")
            .Accepts<CommunicationRequest>("application/json").RequireAuthorization(Policies.RunRapidReview);
        api.MapPost("/submission", SubmitAsync).WithName("SubmitToNationalPanel")
            .WithSummary("Send the rapid review to the national panel (on time when within 15 working days of the notification)")
            .Accepts<SubmissionRequest>("application/json").RequireAuthorization(Policies.RunRapidReview);
        api.MapPost("/panel-response", RespondAsync).WithName("RecordPanelResponse")
            .WithSummary("The national panel's response: agrees, disagrees or takes a national review")
            .Accepts<PanelResponseRequest>("application/json").RequireAuthorization(Policies.RespondAsNationalPanel);
        return app;
    }

    public static Task<Results<Ok<RapidReviewResponse>, ValidationProblem, ProblemHttpResult>> ContributeAsync(
        string id, HttpRequest request, ClaimsPrincipal user, RapidReviewDbContext db, TimeProvider time, IAuditTrail audit, CancellationToken ct) =>
        StepAsync(id, request, user, db, time, ct, (review, input, today) =>
        {
            var agency = input.String("agency", required: true, maxLength: 200);
            var agencyType = input.Name("agencyType", required: true, ReviewVocabulary.AgencyTypes);
            var involvement = input.String("involvement", required: true, maxLength: 10_000);
            var episodes = input.Strings("keyPracticeEpisodes", required: true, maxItems: 50, maxLength: 5_000);
            var actions = input.Strings("immediateSafetyActions", required: true, maxItems: 50, maxLength: 5_000);
            var practitionerInput = input.Object("practitioner", required: true);
            var name = practitionerInput?.String("name", required: true, maxLength: 200);
            var role = practitionerInput?.String("role", required: true, maxLength: 200);
            var telephone = practitionerInput?.String("telephone", required: true, maxLength: 40);
            var email = practitionerInput?.String("email", required: true, maxLength: 256);
            if (telephone is not null && telephone.Count(char.IsAsciiDigit) < 7)
            {
                practitionerInput!.AddError("telephone", "practitioner.telephone must be a telephone number.");
            }

            if (email is not null && !System.Net.Mail.MailAddress.TryCreate(email, out _))
            {
                practitionerInput!.AddError("email", "practitioner.email must be an email address.");
            }

            if (!input.IsValid)
            {
                return null;
            }

            if (review.Decision is not null)
            {
                return "The chair has decided: contributions are closed.";
            }

            review.Contributions.Add(new AgencyContribution
            {
                Id = Guid.CreateVersion7(),
                Agency = agency!, AgencyType = agencyType!, Involvement = involvement!, KeyPracticeEpisodes = episodes!,
                ImmediateSafetyActions = actions!,
                Practitioner = new Practitioner { Name = name!, Role = role!, Telephone = telephone!, Email = email! },
                SubmittedAt = time.GetUtcNow(), SubmittedBy = user.FindFirstValue("sub") ?? "unknown",
            });
            audit.Record("contribute", AuditResource, review.Id.ToString(), "contributions");
            return "";
        });

    public static async Task<Results<Ok<RapidReviewResponse>, ValidationProblem, ProblemHttpResult>> CompleteMilestoneAsync(
        string id, string code, ClaimsPrincipal user, RapidReviewDbContext db, TimeProvider time, IAuditTrail audit, CancellationToken ct)
    {
        var (review, problem) = await FindAsync(id, user, db, ct);
        if (review is null)
        {
            return problem!;
        }

        if (review.Milestones.All(m => m.Code != code))
        {
            return TypedResults.Problem(title: "No such milestone", detail: $"The rapid review has no milestone {code}.", statusCode: StatusCodes.Status404NotFound);
        }

        if (code != ManualMilestone)
        {
            return Conflict("Completed by its step", $"The milestone {code} is completed by recording the step it stands for.");
        }

        if (!review.CompleteMilestone(code, time.GetUtcNow()))
        {
            return Conflict("Already completed", $"The milestone {code} is already completed.");
        }

        audit.Record("complete-milestone", AuditResource, review.Id.ToString(), "milestones");
        return await SaveAsync(review, db, time, ct);
    }

    public static Task<Results<Ok<RapidReviewResponse>, ValidationProblem, ProblemHttpResult>> RecordMeetingAsync(
        string id, HttpRequest request, ClaimsPrincipal user, RapidReviewDbContext db, TimeProvider time, IAuditTrail audit, CancellationToken ct) =>
        StepAsync(id, request, user, db, time, ct, (review, input, today) =>
        {
            var heldOn = input.Date("heldOn", required: true);
            var attendance = input.Object("attendance", required: true);
            var la = attendance?.Boolean("localAuthority", required: true);
            var police = attendance?.Boolean("police", required: true);
            var health = attendance?.Boolean("health", required: true);
            if (heldOn > today)
            {
                input.AddError("heldOn", "heldOn cannot be in the future.");
            }
            else if (heldOn < review.NotifiedOn)
            {
                input.AddError("heldOn", "heldOn cannot be before the notification.");
            }

            if (!input.IsValid)
            {
                return null;
            }

            if (review.Meeting is not null)
            {
                return "The rapid review meeting is already recorded.";
            }

            review.Meeting = new RapidReviewMeeting
            {
                HeldOn = heldOn!.Value, LocalAuthorityAttended = la!.Value, PoliceAttended = police!.Value, HealthAttended = health!.Value,
                RecordedBy = user.FindFirstValue("sub") ?? "unknown",
            };
            review.CompleteMilestone("rapid-review-meeting", time.GetUtcNow());
            audit.Record("record-meeting", AuditResource, review.Id.ToString(), "meeting");
            return "";
        });

    public static Task<Results<Ok<RapidReviewResponse>, ValidationProblem, ProblemHttpResult>> RecommendAsync(
        string id, HttpRequest request, ClaimsPrincipal user, RapidReviewDbContext db, TimeProvider time, IAuditTrail audit, CancellationToken ct) =>
        StepAsync(id, request, user, db, time, ct, (review, input, today) =>
        {
            var facts = input.String("facts", required: true, maxLength: 20_000);
            var learning = input.String("learningIdentified", required: true, maxLength: 10_000);
            var actions = input.String("immediateActions", required: true, maxLength: 10_000);
            var outcome = input.Name("recommendedOutcome", required: true, ReviewVocabulary.Outcomes);
            var rationale = input.String("rationale", required: true, maxLength: 10_000);
            if (!input.IsValid)
            {
                return null;
            }

            if (review.Meeting is null)
            {
                return "The recommendation follows the rapid review meeting: record the meeting first.";
            }

            if (review.Recommendation is not null)
            {
                return "The recommendation is already submitted.";
            }

            review.Recommendation = new Recommendation
            {
                Facts = facts!, LearningIdentified = learning!, ImmediateActions = actions!, RecommendedOutcome = outcome!,
                Rationale = rationale!, SubmittedOn = today, SubmittedBy = user.FindFirstValue("sub") ?? "unknown",
            };
            review.CompleteMilestone("recommendation-submitted", time.GetUtcNow());
            audit.Record("recommend", AuditResource, review.Id.ToString(), "recommendation");
            return "";
        });

    public static Task<Results<Ok<RapidReviewResponse>, ValidationProblem, ProblemHttpResult>> DecideAsync(
        string id, HttpRequest request, ClaimsPrincipal user, RapidReviewDbContext db, TimeProvider time, IAuditTrail audit, CancellationToken ct) =>
        StepAsync(id, request, user, db, time, ct, (review, input, today) =>
        {
            var outcome = input.Name("outcome", required: true, ReviewVocabulary.Outcomes);
            var rationale = input.String("rationale", required: true, maxLength: 10_000);
            if (!input.IsValid)
            {
                return null;
            }

            if (review.Recommendation is null)
            {
                return "The chair decides on the business manager's recommendation: it has not been submitted.";
            }

            if (review.Decision is not null)
            {
                return $"The chair decided on {review.Decision.DecidedOn:yyyy-MM-dd}; a decision is made once.";
            }

            review.Decision = new ReviewDecision
            {
                Outcome = outcome!, Rationale = rationale!, DecidedOn = today, DecidedBy = user.FindFirstValue("name") ?? user.FindFirstValue("sub") ?? "unknown",
            };
            review.Status = RapidReviewStatus.Decided;
            audit.Record("decide", AuditResource, review.Id.ToString(), "decision");
            if (outcome != "no-further-action")
            {
                // The review the chair decided on starts now, due six months from the decision.
                var follow = db.CaseReviews.Add(CaseReview.Follow(review, review.Decision)).Entity;
                audit.Record("create", CaseReviewsApi.AuditResource, follow.Id.ToString(), "type", "targetCompletionOn");
            }
            return "";
        });

    public static Task<Results<Ok<RapidReviewResponse>, ValidationProblem, ProblemHttpResult>> CommunicateAsync(
        string id, HttpRequest request, ClaimsPrincipal user, RapidReviewDbContext db, TimeProvider time, IAuditTrail audit, CancellationToken ct) =>
        StepAsync(id, request, user, db, time, ct, (review, input, today) =>
        {
            var audience = input.Name("audience", required: true, ReviewVocabulary.Audiences);
            var on = input.Date("communicatedOn", required: true);
            if (on > today)
            {
                input.AddError("communicatedOn", "communicatedOn cannot be in the future.");
            }

            if (!input.IsValid)
            {
                return null;
            }

            if (review.Decision is null)
            {
                return "There is no decision to communicate yet.";
            }

            if (on < review.Decision.DecidedOn)
            {
                input.AddError("communicatedOn", "communicatedOn cannot be before the decision.");
                return null;
            }

            switch (audience)
            {
                case "family": review.Decision.CommunicatedToFamilyOn = on; break;
                case "review-group": review.Decision.CommunicatedToReviewGroupOn = on; break;
                default: review.Decision.CommunicatedToReferrerOn = on; break;
            }

            if (review.Decision is { CommunicatedToReviewGroupOn: not null, CommunicatedToReferrerOn: not null })
            {
                review.CompleteMilestone("decision-communicated", time.GetUtcNow());
            }

            audit.Record("communicate-decision", AuditResource, review.Id.ToString(), "decision");
            return "";
        });

    public static Task<Results<Ok<RapidReviewResponse>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        string id, HttpRequest request, ClaimsPrincipal user, RapidReviewDbContext db, TimeProvider time, IAuditTrail audit, CancellationToken ct) =>
        StepAsync(id, request, user, db, time, ct, (review, input, today) =>
        {
            var submittedOn = input.Date("submittedOn", required: false) ?? today;
            var delayReason = input.String("delayReason", required: false, maxLength: 5_000);
            if (submittedOn > today)
            {
                input.AddError("submittedOn", "submittedOn cannot be in the future.");
            }
            else if (submittedOn > review.DueOn && delayReason is null)
            {
                input.AddError("delayReason", $"The rapid review was due by {review.DueOn:yyyy-MM-dd}: delayReason must say why it is late.");
            }

            if (!input.IsValid)
            {
                return null;
            }

            if (review.Decision is null)
            {
                return "The rapid review goes to the national panel with the chair's decision: there is none yet.";
            }

            if (review.Submission is not null)
            {
                return $"The rapid review was submitted on {review.Submission.SubmittedOn:yyyy-MM-dd}.";
            }

            review.Submission = new PanelSubmission
            {
                SubmittedOn = submittedOn, OnTime = submittedOn <= review.DueOn, SubmittedBy = user.FindFirstValue("sub") ?? "unknown",
                DelayReason = submittedOn > review.DueOn ? delayReason : null,
            };
            review.Status = RapidReviewStatus.SubmittedToPanel;
            review.CompleteMilestone("chair-decision", time.GetUtcNow());
            audit.Record("submit", AuditResource, review.Id.ToString(), "submission");
            return "";
        });

    public static Task<Results<Ok<RapidReviewResponse>, ValidationProblem, ProblemHttpResult>> RespondAsync(
        string id, HttpRequest request, ClaimsPrincipal user, RapidReviewDbContext db, TimeProvider time, IAuditTrail audit, CancellationToken ct) =>
        StepAsync(id, request, user, db, time, ct, (review, input, today) =>
        {
            var response = input.Name("response", required: true, ReviewVocabulary.PanelResponses);
            var comments = input.String("comments", required: response == "disagrees", maxLength: 10_000);
            if (!input.IsValid)
            {
                return null;
            }

            if (review.Submission is null)
            {
                return "The national panel responds to a submitted rapid review: it has not been submitted.";
            }

            if (review.PanelResponse is not null)
            {
                return "The national panel has already responded.";
            }

            review.PanelResponse = new PanelResponse { Response = response!, Comments = comments, RespondedOn = today };
            review.Status = RapidReviewStatus.Completed;
            audit.Record("panel-response", AuditResource, review.Id.ToString(), "panelResponse");
            return "";
        });

    /// <summary>The one milestone no step completes: the business unit telling the chairs (Day 1).</summary>
    private const string ManualMilestone = "chairs-informed";

    /// <summary>
    /// Reads the body and applies a step. The step returns null when the input is bad (errors are
    /// on the input), a message when it is out of order (409), or "" when applied.
    /// </summary>
    private static async Task<Results<Ok<RapidReviewResponse>, ValidationProblem, ProblemHttpResult>> StepAsync(
        string id, HttpRequest request, ClaimsPrincipal user, RapidReviewDbContext db, TimeProvider time, CancellationToken ct,
        Func<Model.RapidReview, JsonInput, DateOnly, string?> step)
    {
        var (review, problem) = await FindAsync(id, user, db, ct);
        if (review is null)
        {
            return problem!;
        }

        var (input, bodyErrors) = await JsonInput.ReadAsync(request, ct);
        if (input is null)
        {
            return TypedResults.ValidationProblem(bodyErrors!);
        }

        if (review.Status == RapidReviewStatus.Closed)
        {
            return Conflict("The rapid review is closed", $"It closed on {review.ClosedOn:yyyy-MM-dd} ({review.ClosedBecause}).");
        }

        var outcome = step(review, input, time.Today());
        if (outcome is null || !input.IsValid)
        {
            return TypedResults.ValidationProblem(input.Errors);
        }

        if (outcome.Length > 0)
        {
            return Conflict("Out of order", outcome);
        }

        return await SaveAsync(review, db, time, ct);
    }

    private static async Task<Results<Ok<RapidReviewResponse>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        Model.RapidReview review, RapidReviewDbContext db, TimeProvider time, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict("The rapid review changed meanwhile", "Read it again and repeat the step.");
        }

        return TypedResults.Ok(RapidReviewResponse.From(review, time));
    }

    private static async Task<(Model.RapidReview? Review, ProblemHttpResult? Problem)> FindAsync(
        string id, ClaimsPrincipal user, RapidReviewDbContext db, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var reviewId))
        {
            return (null, TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["id"] = ["id must be a UUID."] })
            {
                Status = StatusCodes.Status400BadRequest, Title = "One or more validation errors occurred.",
            }));
        }

        var review = await db.RapidReviews.FirstOrDefaultAsync(r => r.Id == reviewId, ct);
        // The national panel works across partnerships; everyone else only within their own.
        return review is null || !user.CanSeePartnership(review.Partnership)
            ? (null, TypedResults.Problem(title: "Rapid review not found", detail: $"No rapid review has id {reviewId}.", statusCode: StatusCodes.Status404NotFound))
            : (review, null);
    }

    private static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status409Conflict);
}

public sealed record ContributionRequest(string Agency, string AgencyType, string Involvement, IReadOnlyList<string> KeyPracticeEpisodes,
    IReadOnlyList<string> ImmediateSafetyActions, PractitionerRequest Practitioner);

public sealed record PractitionerRequest(string Name, string Role, string Telephone, string Email);

public sealed record MeetingRequest(string HeldOn, AttendanceRequest Attendance);

public sealed record AttendanceRequest(bool LocalAuthority, bool Police, bool Health);

public sealed record RecommendationRequest(string Facts, string LearningIdentified, string ImmediateActions, string RecommendedOutcome, string Rationale);

public sealed record DecisionRequest(string Outcome, string Rationale);

/// <param name="Audience">family, review-group or referrer.</param>
public sealed record CommunicationRequest(string Audience, string CommunicatedOn);

/// <param name="SubmittedOn">yyyy-MM-dd; today when absent.</param>
/// <param name="DelayReason">Required when submitted after the 15-working-day deadline.</param>
public sealed record SubmissionRequest(string? SubmittedOn, string? DelayReason);

/// <param name="Response">agrees, disagrees (comments required) or national-review.</param>
public sealed record PanelResponseRequest(string Response, string? Comments);
