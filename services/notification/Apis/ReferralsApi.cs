using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Messaging;
using Safeguarding.Notification.Api.Model;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.ServiceDefaults.Idempotency;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Statutory;

namespace Safeguarding.Notification.Api.Apis;

/// <summary>Referrals and the partnership's decision on each: notify, not notify, or keep for learning.</summary>
public static class ReferralsApi
{
    public const string AuditResource = "referral";

    private static readonly string[] ReferralFields = ["referringAgency", "contact", "children", "whatHappened", "happenedOn", "reasonsForReferral"];
    private static readonly string[] IdentifyingFields = ["children", "whatHappened", "reasonsForReferral"];
    private static readonly IReadOnlySet<string> StatutoryPartners = new HashSet<string>(StringComparer.Ordinal) { "local-authority", "police", "health" };
    private static readonly IReadOnlySet<string> Positions = new HashSet<string>(StringComparer.Ordinal) { "agree", "disagree" };
    private static readonly IReadOnlySet<string> Outcomes = new HashSet<string>(StringComparer.Ordinal) { "notify", "do-not-notify" };

    public static IEndpointRouteBuilder MapReferralsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/referrals").WithTags("Referrals and decisions on notification");
        api.MapPost("", ReferAsync).WithName("Refer").WithSummary("Refer a case for the partnership to consider")
            .Accepts<ReferRequest>("application/json").RequireAuthorization(Policies.ReferCase);
        api.MapGet("", ListAsync).WithName("ListReferrals")
            .WithSummary("Every case considered in the partnership, notified or not, with the rationale for each decision")
            .RequireAuthorization(Policies.ConsiderReferrals);
        api.MapGet("/{id}", GetAsync).WithName("GetReferral").WithSummary("A referral and the decision on it")
            .RequireAuthorization(Policies.ConsiderReferrals);
        api.MapGet("/{id}/audit", AuditAsync).WithName("GetReferralAuditTrail")
            .WithSummary("Who read or changed a referral, when, from where")
            .RequireAuthorization(Policies.ReadAuditTrail);
        api.MapPost("/{id}/decision-not-to-notify", DecideNotToNotifyAsync).WithName("DecideNotToNotify")
            .WithSummary("Record a decision not to notify: a written rationale and each statutory partner's position; any disagreement escalates to the independent chair")
            .Accepts<DecisionNotToNotifyRequest>("application/json").RequireAuthorization(Policies.DecideOnReferrals);
        api.MapPost("/{id}/escalation/resolution", ResolveAsync).WithName("ResolveEscalation")
            .WithSummary("The independent chair resolves a disagreement: notify or do not notify, with reasoning")
            .Accepts<EscalationResolutionRequest>("application/json").RequireAuthorization(Policies.ResolveEscalations);
        api.MapPost("/{id}/learning-route", KeepForLearningAsync).WithName("KeepForLearning")
            .WithSummary("Not notifiable, but kept so that learning can still be gathered")
            .Accepts<LearningRouteRequest>("application/json").RequireAuthorization(Policies.DecideOnReferrals);
        api.MapPost("/{id}/learning-route/outcome", RecordLearningOutcomeAsync).WithName("RecordLearningOutcome")
            .WithSummary("What the learning gathered from a case kept for learning came to")
            .Accepts<LearningOutcomeRequest>("application/json").RequireAuthorization(Policies.DecideOnReferrals);
        return app;
    }

    public static async Task<Results<Created<ReferralResponse>, ValidationProblem, ProblemHttpResult>> ReferAsync(
        HttpRequest request, ClaimsPrincipal user, [AsParameters] NotificationServices services, CancellationToken ct)
    {
        if (user.Partnership() is not { } partnership)
        {
            return TypedResults.Problem(title: "No partnership", detail: "The caller's token names no safeguarding partnership to refer to.",
                statusCode: StatusCodes.Status403Forbidden);
        }

        var (input, bodyErrors) = await JsonInput.ReadAsync(request, ct);
        if (input is null)
        {
            return TypedResults.ValidationProblem(bodyErrors!);
        }

        var today = services.Time.Today();
        // A retry of a referral already made (same Idempotency-Key and body) answers with that referral.
        var idempotency = IdempotencyKey.From(request.HttpContext, "refer", input.Root.GetRawText());
        if (idempotency is not null && await idempotency.FindAsync(services.Db, ct) is { } earlier)
        {
            var made = await services.Db.Referrals.AsNoTracking().FirstAsync(r => r.Id == earlier, ct);
            if (user.MaySeeChildIdentity())
            {
                await services.Audit.SaveReadAsync(AuditResource, made.Id.ToString(), IdentifyingFields, ct);
            }

            return TypedResults.Created($"/api/referrals/{made.Id}", ReferralResponse.From(made, user.MaySeeChildIdentity(), today));
        }

        var referringAgency = input.String("referringAgency", required: true, maxLength: 200);
        var contactInput = input.Object("contact", required: true);
        var contactName = contactInput?.String("name", required: true, maxLength: 200);
        var contactRole = contactInput?.String("role", required: true, maxLength: 200);
        var contactTelephone = contactInput?.String("telephone", required: true, maxLength: 40);
        var contactEmail = contactInput?.String("email", required: true, maxLength: 256);
        if (contactEmail is not null && !System.Net.Mail.MailAddress.TryCreate(contactEmail, out _))
        {
            contactInput!.AddError("email", "contact.email must be an email address.");
        }

        if (contactTelephone is not null && contactTelephone.Count(char.IsAsciiDigit) < 7)
        {
            contactInput!.AddError("telephone", "contact.telephone must be a telephone number.");
        }

        var happenedOn = input.Date("happenedOn", required: true);
        if (happenedOn > today)
        {
            input.AddError("happenedOn", "happenedOn cannot be in the future.");
        }

        var children = input.Objects("children", required: true, minItems: 1, maxItems: 20)?.Select(child =>
        {
            var name = child.String("name", required: true, maxLength: 200);
            var dateOfBirth = child.Date("dateOfBirth", required: false);
            var age = child.Integer("ageYears", required: false, min: 0, max: 17);
            if (dateOfBirth is null && age is null && !child.Has("dateOfBirth") && !child.Has("ageYears"))
            {
                child.AddError("dateOfBirth", "Give the child's dateOfBirth, or ageYears when it is not known.");
            }

            if (dateOfBirth > today)
            {
                child.AddError("dateOfBirth", "dateOfBirth cannot be in the future.");
            }

            return name is null ? null : new ReferredChild { Name = name, DateOfBirth = dateOfBirth, AgeYears = age };
        }).ToList();
        var whatHappened = input.String("whatHappened", required: true, maxLength: 10_000);
        var reasons = input.String("reasonsForReferral", required: true, maxLength: 5_000);
        if (!input.IsValid)
        {
            return TypedResults.ValidationProblem(input.Errors);
        }

        var referral = new Referral
        {
            Id = Guid.CreateVersion7(),
            Partnership = partnership,
            Status = ReferralStatus.UnderConsideration,
            ReferringAgency = referringAgency!,
            Contact = new ReferralContact { Name = contactName!, Role = contactRole!, Telephone = contactTelephone!, Email = contactEmail! },
            Children = children!.Select(c => c!).ToList(),
            WhatHappened = whatHappened!,
            HappenedOn = happenedOn!.Value,
            ReasonsForReferral = reasons!,
            ReferredOn = today,
            ReferredBy = user.FindFirstValue("sub") ?? "unknown",
            ReferredAt = services.Time.GetUtcNow(),
            DecisionDueOn = services.Calendar.NotificationDue(today),
        };
        services.Db.Referrals.Add(referral);
        services.Audit.Record("create", AuditResource, referral.Id.ToString(), ReferralFields);
        services.Db.AddIntegrationEvent(new ReferralReceivedIntegrationEvent(referral.Id, referral.ReferredOn, referral.DecisionDueOn), referral.ReferredAt);
        idempotency?.Remember(services.Db, referral.Id, referral.ReferredAt);
        await services.Db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/referrals/{referral.Id}", ReferralResponse.From(referral, user.MaySeeChildIdentity(), today));
    }

    public static async Task<Results<Ok<ReferralPage>, ValidationProblem>> ListAsync(
        HttpRequest request, ClaimsPrincipal user, [AsParameters] NotificationServices services, CancellationToken ct)
    {
        var query = new QueryInput(request.Query);
        var page = query.Integer("page", 1, 1, 100_000);
        var pageSize = query.Integer("pageSize", 50, 1, 200);
        var status = query.OneOf("status", ReferralStatusNames.ByName);
        var overdue = query.OneOf("overdue", new Dictionary<string, bool> { ["true"] = true, ["false"] = false });
        if (!query.IsValid)
        {
            return TypedResults.ValidationProblem(query.Errors);
        }

        var today = services.Time.Today();
        var partnership = user.Partnership();
        var visible = services.Db.Referrals.AsNoTracking().Where(r => r.Partnership == partnership);
        if (status is { } s)
        {
            visible = visible.Where(r => r.Status == s);
        }

        if (overdue is { } late)
        {
            visible = late
                ? visible.Where(r => (r.Status == ReferralStatus.UnderConsideration || r.Status == ReferralStatus.Escalated) && r.DecisionDueOn < today)
                : visible.Where(r => !((r.Status == ReferralStatus.UnderConsideration || r.Status == ReferralStatus.Escalated) && r.DecisionDueOn < today));
        }

        var total = await visible.CountAsync(ct);
        var items = await visible.OrderByDescending(r => r.ReferredAt).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return TypedResults.Ok(new ReferralPage(page, pageSize, total, items.Select(r => ReferralResponse.From(r, identifying: false, today)).ToList()));
    }

    public static async Task<Results<Ok<ReferralResponse>, ProblemHttpResult>> GetAsync(
        string id, ClaimsPrincipal user, [AsParameters] NotificationServices services, CancellationToken ct)
    {
        var (referral, problem) = await FindAsync(id, user, services, ct);
        if (referral is null)
        {
            return problem!;
        }

        var identifying = user.MaySeeChildIdentity();
        if (identifying)
        {
            await services.Audit.SaveReadAsync(AuditResource, referral.Id.ToString(), IdentifyingFields, ct);
        }

        return TypedResults.Ok(ReferralResponse.From(referral, identifying, services.Time.Today()));
    }

    public static async Task<Results<Ok<List<AuditEntryResponse>>, ProblemHttpResult>> AuditAsync(
        string id, ClaimsPrincipal user, [AsParameters] NotificationServices services, CancellationToken ct)
    {
        var (referral, problem) = await FindAsync(id, user, services, ct, operatorsSeeAll: true);
        if (referral is null)
        {
            return problem!;
        }

        var entries = await services.Db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.ResourceType == AuditResource && a.ResourceId == referral.Id.ToString())
            .OrderBy(a => a.Id)
            .ToListAsync(ct);
        return TypedResults.Ok(entries.Select(AuditEntryResponse.From).ToList());
    }

    public static async Task<Results<Ok<ReferralResponse>, ValidationProblem, ProblemHttpResult>> DecideNotToNotifyAsync(
        string id, HttpRequest request, ClaimsPrincipal user, [AsParameters] NotificationServices services, CancellationToken ct)
    {
        var (referral, problem) = await FindAsync(id, user, services, ct, tracking: true);
        if (referral is null)
        {
            return problem!;
        }

        var (input, bodyErrors) = await JsonInput.ReadAsync(request, ct);
        if (input is null)
        {
            return TypedResults.ValidationProblem(bodyErrors!);
        }

        var rationale = input.String("rationale", required: true, maxLength: 5_000);
        var positions = input.Objects("partnerPositions", required: true, minItems: 3, maxItems: 3)?.Select(p =>
        {
            var partner = p.Name("partner", required: true, StatutoryPartners);
            var position = p.Name("position", required: true, Positions);
            var comment = p.String("comment", required: position == "disagree", maxLength: 2_000);
            return partner is null || position is null ? null : new PartnerPosition { Partner = partner, Position = position, Comment = comment };
        }).ToList();
        if (positions is not null && positions.All(p => p is not null) && positions.Select(p => p!.Partner).Distinct().Count() != 3)
        {
            input.AddError("partnerPositions", "partnerPositions needs one position from each statutory partner: local-authority, police and health.");
        }

        if (!input.IsValid)
        {
            return TypedResults.ValidationProblem(input.Errors);
        }

        if (referral.Status != ReferralStatus.UnderConsideration)
        {
            return Conflict($"The referral is {ReferralStatusNames.ToName(referral.Status)}", "A decision not to notify is recorded only while the referral is under consideration.");
        }

        var today = services.Time.Today();
        var now = services.Time.GetUtcNow();
        referral.DecisionNotToNotify = new DecisionNotToNotify
        {
            Rationale = rationale!, DecidedOn = today, RecordedBy = user.FindFirstValue("name") ?? user.FindFirstValue("sub") ?? "unknown",
            PartnerPositions = positions!.Select(p => p!).ToList(),
        };
        var disagreeing = referral.DecisionNotToNotify.PartnerPositions.Where(p => p.Position == "disagree").Select(p => p.Partner).ToList();
        if (disagreeing.Count > 0)
        {
            referral.Status = ReferralStatus.Escalated;
            referral.Escalation = new Escalation { OpenedOn = today, DisagreeingPartners = disagreeing };
        }
        else
        {
            referral.Status = ReferralStatus.NotNotified;
        }

        services.Audit.Record("decide", AuditResource, referral.Id.ToString(), "decisionNotToNotify", "status");
        services.Db.AddIntegrationEvent(new DecisionNotToNotifyRecordedIntegrationEvent(referral.Id, today, disagreeing.Count > 0), now);
        return await SaveAsync(referral, user, services, ct);
    }

    public static async Task<Results<Ok<ReferralResponse>, ValidationProblem, ProblemHttpResult>> ResolveAsync(
        string id, HttpRequest request, ClaimsPrincipal user, [AsParameters] NotificationServices services, CancellationToken ct)
    {
        var (referral, problem) = await FindAsync(id, user, services, ct, tracking: true);
        if (referral is null)
        {
            return problem!;
        }

        var (input, bodyErrors) = await JsonInput.ReadAsync(request, ct);
        if (input is null)
        {
            return TypedResults.ValidationProblem(bodyErrors!);
        }

        var outcome = input.Name("outcome", required: true, Outcomes);
        var reasoning = input.String("reasoning", required: true, maxLength: 5_000);
        if (!input.IsValid)
        {
            return TypedResults.ValidationProblem(input.Errors);
        }

        if (referral.Status != ReferralStatus.Escalated || referral.Escalation is null)
        {
            return Conflict("Nothing to resolve", "Only an escalated referral (partners disagreed with not notifying) is resolved by the chair.");
        }

        var today = services.Time.Today();
        referral.Escalation.Resolution = new EscalationResolution
        {
            Outcome = outcome!, Reasoning = reasoning!, ResolvedOn = today,
            ResolvedBy = user.FindFirstValue("sub") ?? "unknown", ResolvedByName = user.FindFirstValue("name"),
        };
        referral.Status = outcome == "notify" ? ReferralStatus.NotificationAgreed : ReferralStatus.NotNotified;
        services.Audit.Record("resolve", AuditResource, referral.Id.ToString(), "escalation", "status");
        services.Db.AddIntegrationEvent(new EscalationResolvedIntegrationEvent(referral.Id, outcome!, today), services.Time.GetUtcNow());
        return await SaveAsync(referral, user, services, ct);
    }

    public static async Task<Results<Ok<ReferralResponse>, ValidationProblem, ProblemHttpResult>> KeepForLearningAsync(
        string id, HttpRequest request, ClaimsPrincipal user, [AsParameters] NotificationServices services, CancellationToken ct)
    {
        var (referral, problem) = await FindAsync(id, user, services, ct, tracking: true);
        if (referral is null)
        {
            return problem!;
        }

        var (input, bodyErrors) = await JsonInput.ReadAsync(request, ct);
        if (input is null)
        {
            return TypedResults.ValidationProblem(bodyErrors!);
        }

        var rationale = input.String("rationale", required: true, maxLength: 5_000);
        var activity = input.String("learningActivity", required: true, maxLength: 2_000);
        if (!input.IsValid)
        {
            return TypedResults.ValidationProblem(input.Errors);
        }

        if (referral.Status != ReferralStatus.UnderConsideration)
        {
            return Conflict($"The referral is {ReferralStatusNames.ToName(referral.Status)}", "Only a referral under consideration can be kept for learning.");
        }

        var today = services.Time.Today();
        referral.Status = ReferralStatus.KeptForLearning;
        referral.LearningRoute = new LearningRoute { Rationale = rationale!, LearningActivity = activity!, RecordedOn = today };
        services.Audit.Record("decide", AuditResource, referral.Id.ToString(), "learningRoute", "status");
        services.Db.AddIntegrationEvent(new ReferralKeptForLearningIntegrationEvent(referral.Id, today, OutcomeRecorded: false), services.Time.GetUtcNow());
        return await SaveAsync(referral, user, services, ct);
    }

    public static async Task<Results<Ok<ReferralResponse>, ValidationProblem, ProblemHttpResult>> RecordLearningOutcomeAsync(
        string id, HttpRequest request, ClaimsPrincipal user, [AsParameters] NotificationServices services, CancellationToken ct)
    {
        var (referral, problem) = await FindAsync(id, user, services, ct, tracking: true);
        if (referral is null)
        {
            return problem!;
        }

        var (input, bodyErrors) = await JsonInput.ReadAsync(request, ct);
        if (input is null)
        {
            return TypedResults.ValidationProblem(bodyErrors!);
        }

        var outcome = input.String("outcome", required: true, maxLength: 5_000);
        if (!input.IsValid)
        {
            return TypedResults.ValidationProblem(input.Errors);
        }

        if (referral.Status != ReferralStatus.KeptForLearning || referral.LearningRoute is null || referral.LearningRoute.Outcome is not null)
        {
            return Conflict("No learning outcome to record", "The referral is not kept for learning, or its outcome is already recorded.");
        }

        var today = services.Time.Today();
        referral.LearningRoute.Outcome = outcome;
        referral.LearningRoute.OutcomeRecordedOn = today;
        services.Audit.Record("learning-outcome", AuditResource, referral.Id.ToString(), "learningRoute");
        services.Db.AddIntegrationEvent(new ReferralKeptForLearningIntegrationEvent(referral.Id, today, OutcomeRecorded: true), services.Time.GetUtcNow());
        return await SaveAsync(referral, user, services, ct);
    }

    private static async Task<Results<Ok<ReferralResponse>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        Referral referral, ClaimsPrincipal user, NotificationServices services, CancellationToken ct)
    {
        try
        {
            await services.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict("The referral changed meanwhile", "Read it again and reapply the change.");
        }

        return TypedResults.Ok(ReferralResponse.From(referral, user.MaySeeChildIdentity(), services.Time.Today()));
    }

    /// <summary>The referral, or the answer: 400 for a malformed id; 404 when absent or another partnership's.</summary>
    internal static async Task<(Referral? Referral, ProblemHttpResult? Problem)> FindAsync(
        string id, ClaimsPrincipal user, NotificationServices services, CancellationToken ct, bool tracking = false, bool operatorsSeeAll = false)
    {
        if (!Guid.TryParse(id, out var referralId))
        {
            return (null, TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["id"] = ["id must be a UUID."] })
            {
                Status = StatusCodes.Status400BadRequest, Title = "One or more validation errors occurred.",
            }));
        }

        var source = tracking ? services.Db.Referrals : services.Db.Referrals.AsNoTracking();
        var referral = await source.FirstOrDefaultAsync(r => r.Id == referralId, ct);
        // Referrals stay within their partnership: national bodies receive notifications, not what was considered.
        if (referral is null || !(referral.Partnership == user.Partnership() || operatorsSeeAll && user.IsInRole(Roles.Operator)))
        {
            return (null, TypedResults.Problem(title: "Referral not found", detail: $"No referral has id {referralId}.",
                statusCode: StatusCodes.Status404NotFound));
        }

        return (referral, null);
    }

    private static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status409Conflict);
}

public sealed record ReferRequest(string ReferringAgency, ReferralContactResponse Contact, IReadOnlyList<ReferredChildRequest> Children,
    string WhatHappened, string HappenedOn, string ReasonsForReferral);

/// <param name="DateOfBirth">yyyy-MM-dd, or give <paramref name="AgeYears"/>.</param>
public sealed record ReferredChildRequest(string Name, string? DateOfBirth, int? AgeYears);

/// <param name="PartnerPositions">Exactly one from each statutory partner (local-authority, police, health): agree or disagree, with a comment when disagreeing.</param>
public sealed record DecisionNotToNotifyRequest(string Rationale, IReadOnlyList<PartnerPositionRequest> PartnerPositions);

public sealed record PartnerPositionRequest(string Partner, string Position, string? Comment);

/// <param name="Outcome">notify or do-not-notify.</param>
public sealed record EscalationResolutionRequest(string Outcome, string Reasoning);

public sealed record LearningRouteRequest(string Rationale, string LearningActivity);

public sealed record LearningOutcomeRequest(string Outcome);
