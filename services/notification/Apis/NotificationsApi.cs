using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Messaging;
using Safeguarding.Notification.Api.Model;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Statutory;

namespace Safeguarding.Notification.Api.Apis;

public static class NotificationsApi
{
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/notifications").WithTags("Serious incident notifications");

        api.MapPost("", NotifyAsync)
            .WithName("Notify")
            .WithSummary("Notify a serious incident")
            .WithDescription("Records the local authority's notification to the national panel, with its 5-working-day deadline, and opens the rapid review.")
            .Accepts<NotifyRequest>("application/json")
            .RequireAuthorization(Policies.NotifySeriousIncident);
        api.MapGet("/{id}", GetAsync).WithName("GetNotification").WithSummary("A serious incident notification")
            .RequireAuthorization(Policies.ReadNotifications);
        api.MapGet("", ListAsync).WithName("ListNotifications").WithSummary("Serious incident notifications, newest first")
            .RequireAuthorization(Policies.ReadNotifications);
        api.MapGet("/{id}/audit", AuditAsync).WithName("GetNotificationAuditTrail")
            .WithSummary("Who read or changed a notification, when, from where")
            .RequireAuthorization(Policies.ReadAuditTrail);
        return app;
    }

    public static async Task<Results<Created<NotificationResponse>, ValidationProblem, ProblemHttpResult>> NotifyAsync(
        HttpRequest request, ClaimsPrincipal user, [AsParameters] NotificationServices services, CancellationToken ct)
    {
        if (user.Partnership() is not { } partnership)
        {
            return TypedResults.Problem(title: "No partnership", detail: "The caller's token names no safeguarding partnership to notify for.",
                statusCode: StatusCodes.Status403Forbidden);
        }

        var (input, bodyErrors) = await JsonInput.ReadAsync(request, ct);
        if (input is null)
        {
            return TypedResults.ValidationProblem(bodyErrors!);
        }

        var today = services.Time.Today();
        var localAuthority = input.String("localAuthority", required: true, maxLength: 200);
        var becameAwareOn = input.Date("becameAwareOn", required: true);
        var incidentOn = input.Date("incidentOn", required: true);
        var nature = input.OneOf("nature", required: true, IncidentNatureNames.ByName);
        var numberOfChildren = input.Integer("numberOfChildren", required: true, min: 1, max: 50);
        var caseOutline = input.String("caseOutline", required: true, maxLength: 10_000);
        var lateReason = input.String("lateReason", required: false, maxLength: 2_000);

        DateOnly? due = null;
        if (becameAwareOn is { } aware)
        {
            if (aware > today)
            {
                input.AddError("becameAwareOn", "becameAwareOn cannot be in the future.");
            }
            else
            {
                try
                {
                    due = services.Calendar.NotificationDue(aware);
                }
                catch (DateOutsideCalendarException ex)
                {
                    input.AddError("becameAwareOn", $"becameAwareOn is outside the working-day calendar: {ex.Message}");
                }
            }
        }

        if (incidentOn is { } incident && becameAwareOn is { } awareOn && incident > awareOn)
        {
            input.AddError("incidentOn", "incidentOn cannot be after becameAwareOn.");
        }

        if (!input.IsValid)
        {
            return TypedResults.ValidationProblem(input.Errors);
        }

        var late = today > due!.Value;
        if (late && lateReason is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["lateReason"] = [$"The notification was due by {due:yyyy-MM-dd}: lateReason must say why it is late."],
            });
        }

        var notification = new SeriousIncidentNotification
        {
            Id = Guid.CreateVersion7(),
            Partnership = partnership,
            LocalAuthority = localAuthority!,
            BecameAwareOn = becameAwareOn!.Value,
            IncidentOn = incidentOn!.Value,
            Nature = nature!.Value,
            NumberOfChildren = numberOfChildren!.Value,
            CaseOutline = caseOutline!,
            NotifiedOn = today,
            NotificationDueOn = due.Value,
            MadeLate = late,
            LateReason = late ? lateReason : null,
            CreatedAt = services.Time.GetUtcNow(),
        };
        services.Db.Notifications.Add(notification);
        services.Audit.Record("create", AuditResource, notification.Id.ToString(), NotificationFields);
        services.Db.AddIntegrationEvent(new SeriousIncidentNotifiedIntegrationEvent(notification.Id, notification.NotifiedOn), notification.CreatedAt);
        await services.Db.SaveChangesAsync(ct);

        return TypedResults.Created($"/api/notifications/{notification.Id}", NotificationResponse.From(notification, includeOutline: true));
    }

    public static async Task<Results<Ok<NotificationResponse>, ProblemHttpResult, ValidationProblem>> GetAsync(
        string id, ClaimsPrincipal user, [AsParameters] NotificationServices services, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var notificationId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["id must be a UUID."] });
        }

        var notification = await services.Db.Notifications.AsNoTracking().FirstOrDefaultAsync(n => n.Id == notificationId, ct);
        // Another partnership's notification is indistinguishable from one that does not exist.
        if (notification is null || !user.CanSeePartnership(notification.Partnership))
        {
            return NotFound(notificationId);
        }

        // The case outline may identify the child: every read of it is on the record.
        await services.Audit.SaveReadAsync(AuditResource, notification.Id.ToString(), ["caseOutline"], ct);
        return TypedResults.Ok(NotificationResponse.From(notification, includeOutline: true));
    }

    public static async Task<Results<Ok<NotificationPage>, ValidationProblem>> ListAsync(
        [AsParameters] NotificationServices services, HttpRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var page = Query(request, "page", 1, 1, 100_000, errors);
        var pageSize = Query(request, "pageSize", 50, 1, 200, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var visible = services.Db.Notifications.AsNoTracking();
        if (!user.CanSeeAllPartnerships())
        {
            var partnership = user.Partnership();
            visible = visible.Where(n => n.Partnership == partnership);
        }

        var total = await visible.CountAsync(ct);
        var items = await visible
            .OrderByDescending(n => n.CreatedAt)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(ct);
        return TypedResults.Ok(new NotificationPage(page, pageSize, total, items.Select(n => NotificationResponse.From(n, includeOutline: false)).ToList()));
    }

    public static async Task<Results<Ok<List<AuditEntryResponse>>, ProblemHttpResult, ValidationProblem>> AuditAsync(
        string id, ClaimsPrincipal user, [AsParameters] NotificationServices services, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var notificationId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["id must be a UUID."] });
        }

        var notification = await services.Db.Notifications.AsNoTracking().FirstOrDefaultAsync(n => n.Id == notificationId, ct);
        if (notification is null || !(user.CanSeePartnership(notification.Partnership) || user.IsInRole(Roles.Operator)))
        {
            return NotFound(notificationId);
        }

        var entries = await services.Db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.ResourceType == AuditResource && a.ResourceId == notificationId.ToString())
            .OrderBy(a => a.Id)
            .ToListAsync(ct);
        return TypedResults.Ok(entries.Select(AuditEntryResponse.From).ToList());
    }

    private const string AuditResource = "serious-incident-notification";

    private static readonly string[] NotificationFields =
        ["localAuthority", "becameAwareOn", "incidentOn", "nature", "numberOfChildren", "caseOutline", "lateReason"];

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(title: "Notification not found", detail: $"No notification has id {id}.", statusCode: StatusCodes.Status404NotFound);

    private static int Query(HttpRequest request, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (!request.Query.TryGetValue(name, out var raw))
        {
            return fallback;
        }

        if (int.TryParse(raw, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[name] = [$"{name} must be a whole number from {min} to {max}."];
        return fallback;
    }
}
