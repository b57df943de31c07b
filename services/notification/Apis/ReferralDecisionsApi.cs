using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Notification.Api.Apis.Requests;
using Safeguarding.Notification.Api.Model;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Statutory;

namespace Safeguarding.Notification.Api.Apis;

/// <summary>The partnership's decision on a referral: not to notify (escalated on disagreement and resolved by the chair), or to keep it for learning.</summary>
public static class ReferralDecisionsApi
{
    public static RouteGroupBuilder MapReferralDecisionsApi(this RouteGroupBuilder referrals)
    {
        var api = referrals.MapGroup("/{id:guid}");
        api.MapPost("/decision-not-to-notify", DecideNotToNotifyAsync).WithName("DecideNotToNotify")
            .WithSummary("Record a decision not to notify: a written rationale and each statutory partner's position; any disagreement escalates to the independent chair")
            .RequireAuthorization(Policies.DecideOnReferrals);
        api.MapPost("/escalation/resolution", ResolveAsync).WithName("ResolveEscalation")
            .WithSummary("The independent chair resolves a disagreement: notify or do not notify, with reasoning")
            .RequireAuthorization(Policies.ResolveEscalations);
        api.MapPost("/learning-route", KeepForLearningAsync).WithName("KeepForLearning")
            .WithSummary("Not notifiable, but kept so that learning can still be gathered").RequireAuthorization(Policies.DecideOnReferrals);
        api.MapPost("/learning-route/outcome", RecordLearningOutcomeAsync).WithName("RecordLearningOutcome")
            .WithSummary("What the learning gathered from a case kept for learning came to").RequireAuthorization(Policies.DecideOnReferrals);
        return referrals;
    }

    public static Task<Ok<ReferralResponse>> DecideNotToNotifyAsync(Guid id, DecisionNotToNotifyRequest request, [FromServices] NotificationServices services, CancellationToken ct) =>
        StepAsync(id, services, ct, "decide", ["decisionNotToNotify", "status"], (r, user, clock) =>
            r.RecordDecisionNotToNotify(request.Rationale.Trim(), request.Positions(), user.FindFirstValue("name") ?? user.FindFirstValue("sub") ?? "unknown", clock));

    public static Task<Ok<ReferralResponse>> ResolveAsync(Guid id, EscalationResolutionRequest request, [FromServices] NotificationServices services, CancellationToken ct) =>
        StepAsync(id, services, ct, "resolve", ["escalation", "status"], (r, user, clock) =>
            r.ResolveEscalation(request.Outcome, request.Reasoning.Trim(), user.FindFirstValue("sub") ?? "unknown", user.FindFirstValue("name"), clock));

    public static Task<Ok<ReferralResponse>> KeepForLearningAsync(Guid id, LearningRouteRequest request, [FromServices] NotificationServices services, CancellationToken ct) =>
        StepAsync(id, services, ct, "decide", ["learningRoute", "status"], (r, _, clock) =>
            r.KeepForLearning(request.Rationale.Trim(), request.LearningActivity.Trim(), clock));

    public static Task<Ok<ReferralResponse>> RecordLearningOutcomeAsync(Guid id, LearningOutcomeRequest request, [FromServices] NotificationServices services, CancellationToken ct) =>
        StepAsync(id, services, ct, "learning-outcome", ["learningRoute"], (r, _, clock) => r.RecordLearningOutcome(request.Outcome.Trim(), clock));

    /// <summary>Loads the referral (the caller's partnership's only), takes the step, audits and saves it with its event.</summary>
    private static async Task<Ok<ReferralResponse>> StepAsync(Guid id, NotificationServices services, CancellationToken ct, string action, string[] fields,
        Action<Referral, ClaimsPrincipal, TimeProvider> step)
    {
        var referral = await services.LoadReferralAsync(id, ct);
        step(referral, services.User, services.Time);
        services.Audit.Record(action, ReferralsApi.AuditResource, referral.Id.ToString(), fields);
        await services.Db.SaveChangesAsync(ct);
        return TypedResults.Ok(ReferralResponse.From(referral, services.User.MaySeeChildIdentity(), services.Time.Today()));
    }
}
