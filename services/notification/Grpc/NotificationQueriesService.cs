using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Contracts.Notifications.V1;
using Safeguarding.Notification.Api.Infrastructure;
using Safeguarding.Notification.Api.Model;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.ServiceDefaults.Reporting;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Notification.Api.Grpc;

/// <summary>
/// What other services may read of a notification: dates and facts, never the case outline; and,
/// for the publication service's anonymisation check alone, the identifiers of the case (audited).
/// </summary>
public sealed class NotificationQueriesService(NotificationDbContext db, IAuditTrail audit) : NotificationQueries.NotificationQueriesBase
{
    public override async Task<NotificationDetails> GetNotification(GetNotificationRequest request, ServerCallContext context) =>
        Details(await LoadAsync(request, context));

    [Authorize(Policy = Policies.ReadCaseIdentifiers)]
    public override async Task<NationalNotification> GetNationalNotification(GetNotificationRequest request, ServerCallContext context)
    {
        var notification = await LoadAsync(request, context);
        await audit.SaveReadAsync(Apis.NotificationsApi.AuditResource, notification.Id.ToString(), NotificationForm.IdentifyingFields, context.CancellationToken);
        return NationalForm.Of(notification, Details(notification));
    }

    private static NotificationDetails Details(SeriousIncidentNotification n) =>
        new()
        {
            NotificationId = n.Id.ToString(),
            LocalAuthority = n.Notifier.LocalAuthority,
            Nature = n.Nature.ToName(),
            BecameAwareOn = n.BecameAwareOn.ToString("yyyy-MM-dd"),
            IncidentOn = n.IncidentOn.ToString("yyyy-MM-dd"),
            NotifiedOn = n.NotifiedOn.ToString("yyyy-MM-dd"),
            NotificationDueOn = n.NotificationDueOn.ToString("yyyy-MM-dd"),
            MadeLate = n.MadeLate,
            NumberOfChildren = n.NumberOfChildren,
            Partnership = n.Partnership,
            Status = n.Status == NotificationStatus.Withdrawn ? "withdrawn" : "notified",
        };

    [Authorize(Policy = Policies.ReadCaseIdentifiers)]
    public override async Task<CaseIdentifiers> GetCaseIdentifiers(GetNotificationRequest request, ServerCallContext context)
    {
        var notification = await LoadAsync(request, context);
        await audit.SaveReadAsync(Apis.NotificationsApi.AuditResource, notification.Id.ToString(), ["children", "incidentPlace"], context.CancellationToken);
        var answer = new CaseIdentifiers();
        answer.Identifiers.AddRange(IdentifyingDetails.Of(notification).Select(i => new CaseIdentifier { Kind = i.Kind, Value = i.Value }));
        return answer;
    }

    public override async Task<NotificationFigures> GetYearlyFigures(YearlyFiguresRequest request, ServerCallContext context)
    {
        var (from, to) = FiguresPeriod.Parse(request.From, request.To);
        // A referral decided in the period was made before its end, however long before.
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.Partnership == request.Partnership && r.ReferredOn <= to)
            .ToListAsync(context.CancellationToken);
        var notifications = await db.Notifications.AsNoTracking()
            .Where(n => n.Partnership == request.Partnership && n.NotifiedOn >= from && n.NotifiedOn <= to).ToListAsync(context.CancellationToken);
        var imported = await db.ImportedReferrals.AsNoTracking().Where(r => r.Partnership == request.Partnership).ToListAsync(context.CancellationToken);
        return YearlyFigures.Of(referrals, notifications, from, to, imported);
    }

    public override async Task<CountsByYear> GetCountsByYear(CountsByYearRequest request, ServerCallContext context)
    {
        var (from, to) = FiguresYears.Parse(request.FirstYear, request.LastYear);
        var partnerships = request.Partnerships.ToList();
        var counts = await db.Notifications.AsNoTracking()
            .Where(n => n.Status != NotificationStatus.Withdrawn && n.NotifiedOn >= from && n.NotifiedOn <= to)
            .Where(n => partnerships.Count == 0 || partnerships.Contains(n.Partnership))
            .GroupBy(n => new { n.Partnership, Year = n.NotifiedOn.Month < 4 ? n.NotifiedOn.Year - 1 : n.NotifiedOn.Year })
            .Select(g => new { g.Key.Partnership, g.Key.Year, Count = g.Count() })
            .ToListAsync(context.CancellationToken);
        // Imported notifications, their dates as the register recorded them.
        var imported = (await db.ImportedReferrals.AsNoTracking().Where(r => r.Decision == "notified")
                .Where(r => partnerships.Count == 0 || partnerships.Contains(r.Partnership)).ToListAsync(context.CancellationToken))
            .Where(r => r.IsNotification && r.NotifiedOn!.Value.FirstDay >= from && r.NotifiedOn.Value.FirstDay <= to)
            .Select(r => new { r.Partnership, Year = FiguresYears.Of(r.NotifiedOn!.Value.FirstDay), Count = 1 });
        return new CountsByYear
        {
            Counts =
            {
                counts.Concat(imported).GroupBy(c => (c.Partnership, c.Year))
                    .Select(g => new YearCount { Partnership = g.Key.Partnership, Year = g.Key.Year, Measure = "notifications", Count = g.Sum(c => c.Count) }),
            },
        };
    }

    private async Task<SeriousIncidentNotification> LoadAsync(GetNotificationRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.NotificationId, out var id))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "notification_id must be a UUID."));
        }

        return await db.Notifications.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, context.CancellationToken)
               ?? throw new RpcException(new Status(StatusCode.NotFound, $"Notification {id} was not found."));
    }
}
