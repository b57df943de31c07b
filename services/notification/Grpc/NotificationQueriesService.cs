using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Contracts.Notifications.V1;
using Safeguarding.Notification.Api.Infrastructure;
using Safeguarding.Notification.Api.Model;

namespace Safeguarding.Notification.Api.Grpc;

/// <summary>What other services may read of a notification: dates and facts, never the case outline.</summary>
public sealed class NotificationQueriesService(NotificationDbContext db) : NotificationQueries.NotificationQueriesBase
{
    public override async Task<NotificationDetails> GetNotification(GetNotificationRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.NotificationId, out var id))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "notification_id must be a UUID."));
        }

        var n = await db.Notifications.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, context.CancellationToken)
                ?? throw new RpcException(new Status(StatusCode.NotFound, $"Notification {id} was not found."));
        return new NotificationDetails
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
    }
}
