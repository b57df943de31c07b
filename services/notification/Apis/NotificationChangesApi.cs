using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Notification.Api.Apis.Requests;
using Safeguarding.Notification.Api.Model;
using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Notification.Api.Apis;

/// <summary>Corrections to a notification (every one kept in its history) and its withdrawal.</summary>
public static class NotificationChangesApi
{
    public static RouteGroupBuilder MapNotificationChangesApi(this RouteGroupBuilder notifications)
    {
        var api = notifications.MapGroup("/{id:guid}");
        api.MapPost("/amendments", AmendAsync).WithName("AmendNotification")
            .WithSummary("Correct a notification, saying why; every change is kept in its history")
            .RequireAuthorization(Policies.NotifySeriousIncident);
        api.MapPost("/withdrawal", WithdrawAsync).WithName("WithdrawNotification")
            .WithSummary("Withdraw a notification that turned out not to meet the criteria; its rapid review is closed")
            .RequireAuthorization(Policies.NotifySeriousIncident);
        return notifications;
    }

    /// <summary>The amended form is the current one merged with the changes, checked as a whole.</summary>
    public static async Task<Results<Ok<NotificationResponse>, ValidationProblem>> AmendAsync(
        Guid id, AmendRequest request, HttpContext context, [FromServices] NotificationServices services, CancellationToken ct)
    {
        var changes = request.Changes!.Value;
        Rules.Valid(changes.ValueKind == JsonValueKind.Object, "changes", "changes must be a JSON object: a merge patch of the notification form.");
        if (JsonText.FirstInvalid(changes, "changes") is { } invalid)
        {
            throw new InvalidValueException(invalid, "Text must be valid Unicode: an escaped UTF-16 surrogate must be one of a pair.");
        }

        if (changes.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => !NotificationForm.Fields.Contains(n)) is { } unknown)
        {
            throw new InvalidValueException("changes", $"changes.{unknown} is not a field of the notification form.");
        }

        var notification = await services.LoadNotificationAsync(id, ct, tracking: true);
        notification.EnsureAmendable();
        var before = NotificationFormJson.ToJson(notification);
        var amended = (JsonObject)MergePatch.Apply(before, changes)!;
        var (form, errors) = await AmendedForm.CheckAsync(amended, notification.NotifiedOn, services.Calendar, context.RequestServices, ct);
        if (form is null)
        {
            return TypedResults.ValidationProblem(errors!);
        }

        var proposed = NotificationFormJson.ToJson(form, notification);
        var changed = NotificationFormJson.Changed(before, proposed);
        var by = new Amender(services.User.FindFirstValue("sub") ?? "unknown", services.User.FindFirstValue("name"), services.User.FindFirstValue(ClaimNames.Agency));
        services.Db.Amendments.Add(notification.Amend(form, changed, request.Reason.Trim(), by,
            NotificationFormJson.Select(before, changed), NotificationFormJson.Select(proposed, changed), services.Time));
        services.Audit.Record("amend", NotificationsApi.AuditResource, notification.Id.ToString(), [.. changed]);
        await services.Db.SaveChangesAsync(ct);
        return TypedResults.Ok(NotificationResponse.From(notification, identifying: true));
    }

    public static async Task<Ok<NotificationResponse>> WithdrawAsync(Guid id, WithdrawRequest request, [FromServices] NotificationServices services, CancellationToken ct)
    {
        var notification = await services.LoadNotificationAsync(id, ct, tracking: true);
        notification.Withdraw(request.Reason.Trim(), services.Time);
        services.Audit.Record("withdraw", NotificationsApi.AuditResource, notification.Id.ToString(), "status", "withdrawalReason");
        await services.Db.SaveChangesAsync(ct);
        return TypedResults.Ok(NotificationResponse.From(notification, identifying: true));
    }
}
