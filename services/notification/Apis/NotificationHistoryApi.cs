using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Notification.Api.Model;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Notification.Api.Apis;

/// <summary>What happened to a notification: its amendments, field by field, and who read or changed it.</summary>
public static class NotificationHistoryApi
{
    /// <summary>The amendments, oldest first, a page at a time; the identifying fields the page shows are read on the record.</summary>
    public static async Task<Ok<PageOf<AmendmentResponse>>> HistoryAsync(Guid id, [AsParameters] PageRequest page, [FromServices] NotificationServices services,
        CancellationToken ct)
    {
        var notification = await services.LoadNotificationAsync(id, ct);
        var amendments = await page.ReadAsync(services.Db.Amendments.AsNoTracking().Where(a => a.NotificationId == notification.Id).OrderBy(a => a.Number), a => a, ct);
        var identifying = services.User.MaySeeChildIdentity();
        var fieldsRead = amendments.Items.SelectMany(a => a.ChangedFields).Intersect(NotificationForm.IdentifyingFields).ToArray();
        if (identifying && fieldsRead.Length > 0)
        {
            await services.Audit.SaveReadAsync(NotificationsApi.AuditResource, notification.Id.ToString(), fieldsRead, ct);
        }

        return TypedResults.Ok(new PageOf<AmendmentResponse>(amendments.Page, amendments.PageSize, amendments.Total,
            [.. amendments.Items.Select(a => AmendmentResponse.From(a, identifying))]));
    }

    public static async Task<Ok<PageOf<AuditEntryResponse>>> AuditAsync(Guid id, [AsParameters] PageRequest page, [FromServices] NotificationServices services, CancellationToken ct)
    {
        var notification = await services.LoadNotificationAsync(id, ct, operatorsSeeAll: true);

        return TypedResults.Ok(await services.Db.AuditTrailAsync(NotificationsApi.AuditResource, notification.Id, page, ct));
    }
}
