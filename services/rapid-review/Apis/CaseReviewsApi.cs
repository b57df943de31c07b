using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Messaging;
using Safeguarding.RapidReview.Api.Infrastructure;
using Safeguarding.RapidReview.Api.Model;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Api.Apis;

/// <summary>The review that follows a rapid review, from the reviewer's appointment to the accepted report.</summary>
public static class CaseReviewsApi
{
    public const string AuditResource = "review";

    private static readonly IReadOnlySet<string> FamilyStatuses = new HashSet<string>(StringComparer.Ordinal) { "invited", "took-part", "declined" };
    private static readonly IReadOnlySet<string> ProceedingKinds = new HashSet<string>(StringComparer.Ordinal) { "criminal-trial", "inquest", "family-court" };

    public static IEndpointRouteBuilder MapCaseReviewsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reviews").WithTags("Reviews");
        api.MapGet("", ListAsync).WithName("ListReviews").WithSummary("Reviews the chairs decided on, with their expected completion")
            .RequireAuthorization(Policies.ReadRapidReviews);
        api.MapGet("/{id}", GetAsync).WithName("GetReview").WithSummary("A review and everything recorded about it")
            .RequireAuthorization(Policies.ReadRapidReviews);
        api.MapGet("/timeliness", TimelinessAsync).WithName("ReviewTimeliness")
            .WithSummary("Reviews completed within 6 months of the decision, and the recorded reasons for each delay")
            .RequireAuthorization(Policies.ReadRapidReviews);
        api.MapPost("/{id}/reviewer", Step((r, input, today, _) =>
        {
            var name = input.String("name", required: true, maxLength: 200);
            var appointedOn = input.Date("appointedOn", required: true);
            var methodology = input.String("methodology", required: true, maxLength: 500);
            NotInFuture(input, "appointedOn", appointedOn, today);
            if (!input.IsValid)
            {
                return null;
            }

            r.Reviewer = new Reviewer { Name = name!, AppointedOn = appointedOn!.Value };
            r.Methodology = methodology;
            return "";
        }, "reviewer")).WithName("AppointReviewer").WithSummary("The independent reviewer, the date appointed, and the methodology")
            .Accepts<ReviewerRequest>("application/json").RequireAuthorization(Policies.ManageReview);
        api.MapPost("/{id}/terms-of-reference", Step((r, input, today, _) =>
        {
            var agreedOn = input.Date("agreedOn", required: true);
            NotInFuture(input, "agreedOn", agreedOn, today);
            if (!input.IsValid)
            {
                return null;
            }

            if (r.Reviewer is null)
            {
                return "Terms of reference are agreed with the reviewer: appoint one first.";
            }

            r.TermsOfReferenceAgreedOn = agreedOn;
            return "";
        }, "termsOfReference")).WithName("AgreeTermsOfReference").WithSummary("When the terms of reference were agreed")
            .Accepts<DateRequest>("application/json").RequireAuthorization(Policies.ManageReview);
        api.MapPost("/{id}/panel-meetings", Step((r, input, today, _) =>
        {
            var heldOn = input.Date("heldOn", required: true);
            NotInFuture(input, "heldOn", heldOn, today);
            if (!input.IsValid)
            {
                return null;
            }

            r.PanelMeetings = [.. r.PanelMeetings, heldOn!.Value];
            return "";
        }, "panelMeetings")).WithName("RecordPanelMeeting").WithSummary("A review panel meeting")
            .Accepts<MeetingDateRequest>("application/json").RequireAuthorization(Policies.ManageReview);
        api.MapPost("/{id}/practitioner-learning-event", Step((r, input, today, _) =>
        {
            var heldOn = input.Date("heldOn", required: true);
            NotInFuture(input, "heldOn", heldOn, today);
            var attendance = input.Objects("attendance", required: true, minItems: 1, maxItems: 50)?.Select(a =>
            {
                var agency = a.String("agency", required: true, maxLength: 200);
                var practitioners = a.Integer("practitioners", required: true, min: 0, max: 1_000);
                return agency is null || practitioners is null ? null : new AgencyAttendance { Agency = agency, Practitioners = practitioners.Value };
            }).ToList();
            if (!input.IsValid)
            {
                return null;
            }

            r.PractitionerLearningEvent = new PractitionerLearningEvent { HeldOn = heldOn!.Value, Attendance = attendance!.Select(a => a!).ToList() };
            return "";
        }, "practitionerLearningEvent")).WithName("RecordPractitionerLearningEvent")
            .WithSummary("The practitioner learning event: when, and who attended from each agency")
            .Accepts<LearningEventRequest>("application/json").RequireAuthorization(Policies.ManageReview);
        api.MapPost("/{id}/family-involvement", Step((r, input, _, _) =>
        {
            var status = input.Name("status", required: true, FamilyStatuses);
            var voice = input.String("childsVoice", required: true, maxLength: 10_000);
            if (!input.IsValid)
            {
                return null;
            }

            r.FamilyInvolvement = new FamilyInvolvement { Status = status!, ChildsVoice = voice! };
            return "";
        }, "familyInvolvement")).WithName("RecordFamilyInvolvement")
            .WithSummary("Whether the family was invited, took part or declined, and how the child's voice was heard")
            .Accepts<FamilyInvolvementRequest>("application/json").RequireAuthorization(Policies.ManageReview);
        api.MapPost("/{id}/parallel-proceedings", Step((r, input, today, _) =>
        {
            var kind = input.Name("kind", required: true, ProceedingKinds);
            var concludes = input.Date("expectedConclusionOn", required: false);
            var delay = input.Integer("expectedDelayDays", required: true, min: 0, max: 1_000);
            var reason = input.String("reason", required: true, maxLength: 2_000);
            if (!input.IsValid)
            {
                return null;
            }

            r.ParallelProceedings = [.. r.ParallelProceedings, new ParallelProceeding
            {
                Kind = kind!, ExpectedConclusionOn = concludes, ExpectedDelayDays = delay!.Value, Reason = reason!, RecordedOn = today,
            }];
            return "";
        }, "parallelProceedings")).WithName("RecordParallelProceedings")
            .WithSummary("A criminal trial, inquest or family court case alongside the review, and the delay it causes")
            .Accepts<ParallelProceedingRequest>("application/json").RequireAuthorization(Policies.ManageReview);
        api.MapPost("/{id}/costs", Step((r, input, _, _) =>
        {
            var fee = input.Decimal("authorFee", required: true);
            var other = input.Decimal("otherCosts", required: true);
            var contributions = input.Objects("partnerContributions", required: true, minItems: 0, maxItems: 20)?.Select(c =>
            {
                var partner = c.String("partner", required: true, maxLength: 200);
                var amount = c.Decimal("amount", required: true);
                return partner is null || amount is null ? null : new PartnerContribution { Partner = partner, Amount = amount.Value };
            }).ToList();
            if (!input.IsValid)
            {
                return null;
            }

            r.Costs = new ReviewCosts { AuthorFee = fee!.Value, OtherCosts = other!.Value, PartnerContributions = contributions!.Select(c => c!).ToList() };
            return "";
        }, "costs")).WithName("RecordReviewCosts").WithSummary("The author's fee, other costs and partners' contributions")
            .Accepts<CostsRequest>("application/json").RequireAuthorization(Policies.ManageReview);
        api.MapPost("/{id}/slippage", Step((r, input, today, _) =>
        {
            var expected = input.Date("newExpectedCompletionOn", required: true);
            var reason = input.String("reason", required: true, maxLength: 2_000);
            if (expected is { } e && e <= today)
            {
                input.AddError("newExpectedCompletionOn", "newExpectedCompletionOn must be after today.");
            }

            if (!input.IsValid)
            {
                return null;
            }

            r.Slippages = [.. r.Slippages, new Slippage { RecordedOn = today, NewExpectedCompletionOn = expected!.Value, Reason = reason! }];
            return "";
        }, "slippages")).WithName("RecordSlippage").WithSummary("The review will complete later than expected: when, and why")
            .Accepts<SlippageRequest>("application/json").RequireAuthorization(Policies.ManageReview);
        api.MapPost("/{id}/draft-report", Step((r, input, today, _) =>
        {
            var receivedOn = input.Date("receivedOn", required: true);
            NotInFuture(input, "receivedOn", receivedOn, today);
            if (!input.IsValid)
            {
                return null;
            }

            if (r.Reviewer is null)
            {
                return "A draft report comes from the appointed reviewer: appoint one first.";
            }

            r.DraftReportReceivedOn = receivedOn;
            return "";
        }, "draftReport")).WithName("RecordDraftReport").WithSummary("When the reviewer's draft report was received")
            .Accepts<DraftReportRequest>("application/json").RequireAuthorization(Policies.ManageReview);
        api.MapPost("/{id}/acceptance", Step((r, input, today, context) =>
        {
            var acceptedOn = input.Date("acceptedOn", required: true);
            NotInFuture(input, "acceptedOn", acceptedOn, today);
            var findings = input.Strings("findings", required: true, maxItems: 100, maxLength: 5_000);
            var themes = input.Strings("learningThemes", required: true, maxItems: 50, maxLength: 200);
            var recommendations = input.Strings("recommendations", required: true, maxItems: 100, maxLength: 5_000);
            if (recommendations is { Count: 0 })
            {
                input.AddError("recommendations", "recommendations needs at least one recommendation.");
            }

            if (!input.IsValid)
            {
                return null;
            }

            if (r.DraftReportReceivedOn is null)
            {
                return "The partnership accepts a report it has received: record the draft report first.";
            }

            if (r.Report is not null)
            {
                return $"The report was accepted on {r.Report.AcceptedOn:yyyy-MM-dd}.";
            }

            r.Report = new AcceptedReport
            {
                AcceptedOn = acceptedOn!.Value, Findings = findings!, LearningThemes = themes!,
                Recommendations = recommendations!.Select((text, i) => new ReportRecommendation { Id = $"R{i + 1}", Text = text }).ToList(),
            };
            r.Status = CaseReviewStatus.ReportAccepted;
            context.Db.AddIntegrationEvent(new CaseReviewReportAcceptedIntegrationEvent(r.Id, r.RapidReviewId, r.Partnership, r.Type, r.Report.AcceptedOn,
                r.Report.LearningThemes, r.Report.Recommendations.Select(x => new AcceptedRecommendation(x.Id, x.Text)).ToList()), context.Time.GetUtcNow());
            return "";
        }, "report")).WithName("AcceptReport")
            .WithSummary("The partnership accepts the report: findings, learning themes and recommendations (given stable identifiers R1, R2, …)")
            .Accepts<AcceptanceRequest>("application/json").RequireAuthorization(Policies.RunRapidReview);
        return app;
    }

    public static async Task<Ok<List<CaseReviewResponse>>> ListAsync(ClaimsPrincipal user, RapidReviewDbContext db, CancellationToken ct)
    {
        var reviews = await Visible(user, db).OrderBy(r => r.DecidedOn).Take(500).ToListAsync(ct);
        return TypedResults.Ok(reviews.Select(CaseReviewResponse.From).ToList());
    }

    public static async Task<Results<Ok<CaseReviewResponse>, ProblemHttpResult>> GetAsync(
        string id, ClaimsPrincipal user, RapidReviewDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var (review, problem) = await FindAsync(id, user, db, ct);
        if (review is null)
        {
            return problem!;
        }

        if (review.FamilyInvolvement is not null)
        {
            await audit.SaveReadAsync(AuditResource, review.Id.ToString(), ["familyInvolvement"], ct);
        }

        return TypedResults.Ok(CaseReviewResponse.From(review));
    }

    public static async Task<Ok<ReviewTimelinessResponse>> TimelinessAsync(ClaimsPrincipal user, RapidReviewDbContext db, CancellationToken ct)
    {
        var accepted = await Visible(user, db).Where(r => r.Status == CaseReviewStatus.ReportAccepted).ToListAsync(ct);
        return TypedResults.Ok(Figures(accepted));
    }

    /// <summary>Reviews completed within 6 months of the decision, and each late one with its recorded reasons.</summary>
    public static ReviewTimelinessResponse Figures(IEnumerable<CaseReview> reviews)
    {
        var completed = reviews.Where(r => r.Report is not null).ToList();
        var late = completed.Where(r => r.Report!.AcceptedOn > r.TargetCompletionOn)
            .Select(r => new ReviewDelay(r.Id, r.Type, r.TargetCompletionOn, r.Report!.AcceptedOn,
                [.. r.ParallelProceedings.Select(p => $"{p.Kind}: {p.Reason}"), .. r.Slippages.Select(s => s.Reason)]))
            .ToList();
        return new ReviewTimelinessResponse(completed.Count, completed.Count - late.Count, late);
    }

    private delegate string? ReviewStep(CaseReview review, JsonInput input, DateOnly today, StepContext context);

    /// <summary>What a step may use besides the review and its input: the database (for events) and the clock.</summary>
    private sealed record StepContext(RapidReviewDbContext Db, TimeProvider Time);

    private static Func<string, HttpRequest, ClaimsPrincipal, RapidReviewDbContext, TimeProvider, IAuditTrail, CancellationToken,
        Task<Results<Ok<CaseReviewResponse>, ValidationProblem, ProblemHttpResult>>> Step(ReviewStep step, string field) =>
        async (id, request, user, db, time, audit, ct) =>
        {
            var (review, problem) = await FindAsync(id, user, db, ct, tracking: true);
            if (review is null)
            {
                return problem!;
            }

            var (input, bodyErrors) = await JsonInput.ReadAsync(request, ct);
            if (input is null)
            {
                return TypedResults.ValidationProblem(bodyErrors!);
            }

            var outcome = review.Status == CaseReviewStatus.ReportAccepted && field != "report"
                ? "The report has been accepted: the review is complete."
                : step(review, input, time.Today(), new StepContext(db, time));
            if (outcome is null || !input.IsValid)
            {
                return TypedResults.ValidationProblem(input.Errors);
            }

            if (outcome.Length > 0)
            {
                return TypedResults.Problem(title: "Out of order", detail: outcome, statusCode: StatusCodes.Status409Conflict);
            }

            audit.Record("update", AuditResource, review.Id.ToString(), field);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return TypedResults.Problem(title: "The review changed meanwhile", detail: "Read it again and repeat the change.",
                    statusCode: StatusCodes.Status409Conflict);
            }

            return TypedResults.Ok(CaseReviewResponse.From(review));
        };

    private static void NotInFuture(JsonInput input, string field, DateOnly? date, DateOnly today)
    {
        if (date > today)
        {
            input.AddError(field, $"{field} cannot be in the future.");
        }
    }

    private static IQueryable<CaseReview> Visible(ClaimsPrincipal user, RapidReviewDbContext db)
    {
        var reviews = db.CaseReviews.AsNoTracking();
        if (!user.CanSeeAllPartnerships())
        {
            var partnership = user.Partnership();
            reviews = reviews.Where(r => r.Partnership == partnership);
        }

        return reviews;
    }

    private static async Task<(CaseReview? Review, ProblemHttpResult? Problem)> FindAsync(
        string id, ClaimsPrincipal user, RapidReviewDbContext db, CancellationToken ct, bool tracking = false)
    {
        if (!Guid.TryParse(id, out var reviewId))
        {
            return (null, TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["id"] = ["id must be a UUID."] })
            {
                Status = StatusCodes.Status400BadRequest, Title = "One or more validation errors occurred.",
            }));
        }

        var source = tracking ? db.CaseReviews : db.CaseReviews.AsNoTracking();
        var review = await source.FirstOrDefaultAsync(r => r.Id == reviewId, ct);
        return review is null || !user.CanSeePartnership(review.Partnership)
            ? (null, TypedResults.Problem(title: "Review not found", detail: $"No review has id {reviewId}.", statusCode: StatusCodes.Status404NotFound))
            : (review, null);
    }
}

public sealed record CaseReviewResponse(
    Guid Id, Guid RapidReviewId, string LocalAuthority, string Type, string Status, DateOnly DecidedOn, DateOnly TargetCompletionOn,
    DateOnly ExpectedCompletionOn, string? Methodology, Reviewer? Reviewer, DateOnly? TermsOfReferenceAgreedOn, IReadOnlyList<DateOnly> PanelMeetings,
    PractitionerLearningEvent? PractitionerLearningEvent, FamilyInvolvement? FamilyInvolvement, IReadOnlyList<ParallelProceeding> ParallelProceedings,
    ReviewCosts? Costs, IReadOnlyList<Slippage> Slippages, DateOnly? DraftReportReceivedOn, AcceptedReport? Report)
{
    public static CaseReviewResponse From(CaseReview r) => new(
        r.Id, r.RapidReviewId, r.LocalAuthority, r.Type, r.Status == CaseReviewStatus.ReportAccepted ? "report-accepted" : "in-progress",
        r.DecidedOn, r.TargetCompletionOn, r.ExpectedCompletionOn, r.Methodology, r.Reviewer, r.TermsOfReferenceAgreedOn, r.PanelMeetings,
        r.PractitionerLearningEvent, r.FamilyInvolvement, r.ParallelProceedings, r.Costs, r.Slippages, r.DraftReportReceivedOn, r.Report);
}

public sealed record ReviewTimelinessResponse(int Completed, int WithinSixMonths, IReadOnlyList<ReviewDelay> Delays);

public sealed record ReviewDelay(Guid ReviewId, string Type, DateOnly TargetCompletionOn, DateOnly CompletedOn, IReadOnlyList<string> Reasons);

public sealed record ReviewerRequest(string Name, string AppointedOn, string Methodology);

public sealed record DateRequest(string AgreedOn);

public sealed record MeetingDateRequest(string HeldOn);

public sealed record LearningEventRequest(string HeldOn, IReadOnlyList<AttendanceCount> Attendance);

public sealed record AttendanceCount(string Agency, int Practitioners);

/// <param name="Status">invited, took-part or declined.</param>
public sealed record FamilyInvolvementRequest(string Status, string ChildsVoice);

/// <param name="Kind">criminal-trial, inquest or family-court.</param>
public sealed record ParallelProceedingRequest(string Kind, string? ExpectedConclusionOn, int ExpectedDelayDays, string Reason);

public sealed record CostsRequest(decimal AuthorFee, decimal OtherCosts, IReadOnlyList<PartnerContributionRequest> PartnerContributions);

public sealed record PartnerContributionRequest(string Partner, decimal Amount);

public sealed record SlippageRequest(string NewExpectedCompletionOn, string Reason);

public sealed record DraftReportRequest(string ReceivedOn);

public sealed record AcceptanceRequest(string AcceptedOn, IReadOnlyList<string> Findings, IReadOnlyList<string> LearningThemes, IReadOnlyList<string> Recommendations);
