using Safeguarding.Notification.Api.Apis.Requests;
using Microsoft.AspNetCore.Mvc;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
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

    public static IEndpointRouteBuilder MapReferralsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/referrals").WithTags("Referrals and decisions on notification");
        api.MapPost("", ReferAsync).WithName("Refer").WithSummary("Refer a case for the partnership to consider")
            .RequireAuthorization(Policies.ReferCase);
        api.MapGet("", ListAsync).WithName("ListReferrals")
            .WithSummary("Every case considered in the partnership, notified or not, with the rationale for each decision")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.ConsiderReferrals);
        api.MapGet("/{id:guid}", GetAsync).WithName("GetReferral").WithSummary("A referral and the decision on it")
            .RequireAuthorization(Policies.ConsiderReferrals);
        api.MapGet("/{id:guid}/audit", AuditAsync).WithName("GetReferralAuditTrail")
            .WithSummary("Who read or changed a referral, when, from where")
            .RequireAuthorization(Policies.ReadAuditTrail);
        api.MapReferralDecisionsApi();

        return app;
    }

    public static async Task<Results<Created<ReferralResponse>, ProblemHttpResult>> ReferAsync(
        ReferRequest request, HttpContext context, [FromServices] NotificationServices services, CancellationToken ct)
    {
        if (services.User.Partnership() is not { } partnership)
        {
            return TypedResults.Problem(title: "No partnership", detail: "The caller's token names no safeguarding partnership to refer to.",
                statusCode: StatusCodes.Status403Forbidden);
        }

        var today = services.Time.Today();
        var identifying = services.User.MaySeeChildIdentity();
        // A retry of a referral already made (same Idempotency-Key and body) answers with that referral.
        var idempotency = IdempotencyKey.From(context, "refer", System.Text.Json.JsonSerializer.Serialize(request));
        if (idempotency is not null && await idempotency.FindAsync(services.Db, ct) is { } earlier)
        {
            var made = await services.LoadReferralAsync(earlier, ct, tracking: false);
            if (identifying)
            {
                await services.Audit.SaveReadAsync(AuditResource, made.Id.ToString(), IdentifyingFields, ct);
            }

            return TypedResults.Created($"/api/referrals/{made.Id}", ReferralResponse.From(made, identifying, today));
        }

        var referral = Referral.Receive(partnership, request.ReferringAgency.Trim(), request.ToContact(), request.ToChildren(),
            request.WhatHappened.Trim(), request.HappenedOn!.Value, request.ReasonsForReferral.Trim(), services.User.FindFirstValue("sub") ?? "unknown",
            services.Calendar.NotificationDue(today), services.Time);
        services.Db.Referrals.Add(referral);
        services.Audit.Record("create", AuditResource, referral.Id.ToString(), ReferralFields);
        idempotency?.Remember(services.Db, referral.Id, referral.ReferredAt);
        await services.Db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/referrals/{referral.Id}", ReferralResponse.From(referral, identifying, today));
    }

    public static async Task<Ok<ReferralPage>> ListAsync(
        [AsParameters] ReferralQuery query, ClaimsPrincipal user, [FromServices] NotificationServices services, CancellationToken ct)
    {
        var today = services.Time.Today();
        var partnership = user.Partnership();
        var visible = services.Db.Referrals.AsNoTracking().Where(r => r.Partnership == partnership);
        if (query.StatusFilter() is { } s)
        {
            visible = visible.Where(r => r.Status == s);
        }

        if (query.Overdue is { } overdue)
        {
            visible = visible.Where(Referral.OverdueOn(today, overdue));
        }

        var page = await query.ReadAsync(visible.OrderByDescending(r => r.ReferredAt), r => ReferralResponse.From(r, identifying: false, today), ct);
        return TypedResults.Ok(new ReferralPage(page.Page, page.PageSize, page.Total, page.Items));
    }

    public static async Task<Ok<ReferralResponse>> GetAsync(Guid id, [FromServices] NotificationServices services, CancellationToken ct)
    {
        var referral = await services.LoadReferralAsync(id, ct, tracking: false);
        var identifying = services.User.MaySeeChildIdentity();
        if (identifying)
        {
            await services.Audit.SaveReadAsync(AuditResource, referral.Id.ToString(), IdentifyingFields, ct);
        }

        return TypedResults.Ok(ReferralResponse.From(referral, identifying, services.Time.Today()));
    }

    public static async Task<Ok<PageOf<AuditEntryResponse>>> AuditAsync(Guid id, [AsParameters] PageRequest page, [FromServices] NotificationServices services, CancellationToken ct)
    {
        var referral = await services.LoadReferralAsync(id, ct, tracking: false, operatorsSeeAll: true);

        return TypedResults.Ok(await services.Db.AuditTrailAsync(AuditResource, referral.Id, page, ct));
    }
}
