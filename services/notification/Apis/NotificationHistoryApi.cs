using Microsoft.AspNetCore.Mvc;
using Safeguarding.Notification.Api.Infrastructure;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
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

/// <summary>What happened to a notification: its amendments, field by field, and who read or changed it.</summary>
public static class NotificationHistoryApi
{
    public static async Task<Ok<List<AmendmentResponse>>> HistoryAsync(Guid id, [FromServices] NotificationServices services, CancellationToken ct)
    {
        var notification = await services.LoadNotificationAsync(id, ct);

        var amendments = await services.Db.Amendments.AsNoTracking()
            .Where(a => a.NotificationId == notification.Id).OrderBy(a => a.Number).ToListAsync(ct);
        var identifying = services.User.MaySeeChildIdentity();
        var fieldsRead = amendments.SelectMany(a => a.ChangedFields).Intersect(NotificationForm.IdentifyingFields).ToArray();
        if (identifying && fieldsRead.Length > 0)
        {
            await services.Audit.SaveReadAsync(NotificationsApi.AuditResource, notification.Id.ToString(), fieldsRead, ct);
        }

        return TypedResults.Ok(amendments.Select(a => AmendmentResponse.From(a, identifying)).ToList());
    }

    public static async Task<Ok<List<AuditEntryResponse>>> AuditAsync(Guid id, [FromServices] NotificationServices services, CancellationToken ct)
    {
        var notification = await services.LoadNotificationAsync(id, ct, operatorsSeeAll: true);

        return TypedResults.Ok(await services.Db.AuditTrailAsync(NotificationsApi.AuditResource, notification.Id, ct));
    }
}
