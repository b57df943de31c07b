using Microsoft.AspNetCore.Mvc;
using Safeguarding.Notification.Api.Apis.Requests;
using Safeguarding.Notification.Api.Infrastructure;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Notification.Api.Model;
using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.ServiceDefaults.Idempotency;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Statutory;

namespace Safeguarding.Notification.Api.Apis;

public static class NotificationsApi
{
    public const string AuditResource = "serious-incident-notification";

    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/notifications").WithTags("Serious incident notifications");

        api.MapPost("", NotifyAsync)
            .WithName("Notify")
            .WithSummary("Notify a serious incident")
            .WithDescription("Records the local authority's notification to the national panel (the national form), with its 5-working-day deadline, and opens the rapid review.")
            .RequireAuthorization(Policies.NotifySeriousIncident);
        api.MapGet("/{id:guid}", GetAsync).WithName("GetNotification")
            .WithSummary("A serious incident notification (children's identities only for roles that need them)")
            .RequireAuthorization(Policies.ReadNotifications);
        api.MapGet("", ListAsync).WithName("ListNotifications")
            .WithSummary("Serious incident notifications, newest first; filter by status, nature, lateness and date notified")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.ReadNotifications);
        api.MapGet("/statistics", NotificationStatisticsApi.StatisticsAsync).WithName("NotificationStatistics")
            .WithSummary("Notifications counted by nature and month (withdrawn ones excluded)")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.ReadNotifications);
        api.MapNotificationChangesApi();
        api.MapGet("/{id:guid}/history", NotificationHistoryApi.HistoryAsync).WithName("GetNotificationHistory")
            .WithSummary("Every amendment of a notification: who, when, why, each field before and after")
            .RequireAuthorization(Policies.ReadNotifications);
        api.MapGet("/{id:guid}/audit", NotificationHistoryApi.AuditAsync).WithName("GetNotificationAuditTrail")
            .WithSummary("Who read or changed a notification, when, from where")
            .RequireAuthorization(Policies.ReadAuditTrail);
        return app;
    }

    public static async Task<Results<Created<NotificationResponse>, ProblemHttpResult>> NotifyAsync(
        NotifyRequest request, HttpContext context, [FromServices] NotificationServices services, CancellationToken ct)
    {
        if (services.User.Partnership() is not { } partnership)
        {
            return TypedResults.Problem(title: "No partnership", detail: "The caller's token names no safeguarding partnership to notify for.",
                statusCode: StatusCodes.Status403Forbidden);
        }

        // A retry of a notification already made (same Idempotency-Key and body) answers with that notification.
        var idempotency = IdempotencyKey.From(context, "notify", JsonSerializer.Serialize(request));
        if (idempotency is not null && await idempotency.FindAsync(services.Db, ct) is { } earlier)
        {
            var made = await services.LoadNotificationAsync(earlier, ct);
            await services.Audit.SaveReadAsync(AuditResource, made.Id.ToString(), NotificationForm.IdentifyingFields, ct);
            return TypedResults.Created($"/api/notifications/{made.Id}", NotificationResponse.From(made, identifying: true));
        }

        var form = request.ToForm(services.Time.Today(), services.Calendar);
        var by = services.User.FindFirstValue("sub");
        SeriousIncidentNotification notification;
        if (request.ReferralId is { } referralId)
        {
            var referral = await services.Db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId && r.Partnership == partnership, ct);
            Rules.Valid(referral is not null, "referralId", "referralId names no referral of this partnership.");
            notification = referral!.Notify(form, by, NotifyRequest.Optional(request.NewEvidence), services.Time);
            services.Audit.Record("notify", ReferralsApi.AuditResource, referral.Id.ToString(), "status", "notificationId");
        }
        else
        {
            (var considered, notification) = Referral.NotifyDirectly(partnership, form, by, services.Calendar, services.Time);
            services.Db.Referrals.Add(considered);
            services.Audit.Record("create", ReferralsApi.AuditResource, considered.Id.ToString(), "notificationId", "children", "whatHappened");
        }

        services.Db.Notifications.Add(notification);
        services.Audit.Record("create", AuditResource, notification.Id.ToString(), NotificationForm.Fields);
        idempotency?.Remember(services.Db, notification.Id, notification.CreatedAt);
        await services.Db.SaveChangesAsync(ct);

        NotificationTelemetry.Accepted.Add(1, new KeyValuePair<string, object?>("safeguarding.incident.nature", notification.Nature.ToName()));
        return TypedResults.Created($"/api/notifications/{notification.Id}", NotificationResponse.From(notification, identifying: true));
    }

    public static async Task<Ok<NotificationResponse>> GetAsync(Guid id, [FromServices] NotificationServices services, CancellationToken ct)
    {
        var notification = await services.LoadNotificationAsync(id, ct);
        var identifying = services.User.MaySeeChildIdentity();
        if (identifying)
        {
            // Every read of what may identify the child is on the record.
            await services.Audit.SaveReadAsync(AuditResource, notification.Id.ToString(), NotificationForm.IdentifyingFields, ct);
        }

        return TypedResults.Ok(NotificationResponse.From(notification, identifying));
    }

    public static async Task<Ok<NotificationPage>> ListAsync(
        [AsParameters] NotificationQuery query, [FromServices] NotificationServices services, ClaimsPrincipal user, CancellationToken ct)
    {
        var visible = Visible(services, user);
        // National bodies see every partnership and may narrow to one; others only ever see their own.
        if (query.Partnership is { Length: > 0 } partnership)
        {
            visible = visible.Where(n => n.Partnership == partnership);
        }

        if (query.StatusFilter() is { } s)
        {
            visible = visible.Where(n => n.Status == s);
        }

        if (query.NatureFilter() is { } kind)
        {
            visible = visible.Where(n => n.Nature == kind);
        }

        if (query.MadeLate is { } late)
        {
            visible = visible.Where(n => n.MadeLate == late);
        }

        if (query.NotifiedFrom is { } start)
        {
            visible = visible.Where(n => n.NotifiedOn >= start);
        }

        if (query.NotifiedTo is { } end)
        {
            visible = visible.Where(n => n.NotifiedOn <= end);
        }

        // Lists never carry identifying details: open a notification to see them (and be audited).
        var page = await query.ReadAsync(visible.OrderByDescending(n => n.CreatedAt), n => NotificationResponse.From(n, identifying: false), ct);
        return TypedResults.Ok(new NotificationPage(page.Page, page.PageSize, page.Total, page.Items));
    }

    internal static IQueryable<SeriousIncidentNotification> Visible(NotificationServices services, ClaimsPrincipal user)
    {
        var visible = services.Db.Notifications.AsNoTracking();
        if (!user.CanSeeAllPartnerships())
        {
            var partnership = user.Partnership();
            visible = visible.Where(n => n.Partnership == partnership);
        }

        return visible;
    }

}
