using Microsoft.EntityFrameworkCore;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Messaging;
using Safeguarding.RapidReview.Api.Infrastructure;
using Safeguarding.RapidReview.Api.Model;
using Safeguarding.ServiceDefaults.Audit;

namespace Safeguarding.RapidReview.Api.IntegrationEvents.EventHandling;

/// <summary>Closes the rapid review of a withdrawn notification, or remembers the withdrawal until the review opens.</summary>
public sealed class NotificationWithdrawnIntegrationEventHandler(
    RapidReviewDbContext db,
    IAuditTrail audit,
    ILogger<NotificationWithdrawnIntegrationEventHandler> logger) : IIntegrationEventHandler<NotificationWithdrawnIntegrationEvent>
{
    public async Task HandleAsync(NotificationWithdrawnIntegrationEvent @event, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var review = await db.RapidReviews.AsSplitQuery().FirstOrDefaultAsync(r => r.NotificationId == @event.NotificationId, cancellationToken);
        if (review is null)
        {
            // The withdrawal overtook the notification on the broker: remembered, so the review
            // is opened closed when the notification arrives.
            if (await db.WithdrawnNotifications.FindAsync([@event.NotificationId], cancellationToken) is null)
            {
                db.WithdrawnNotifications.Add(new WithdrawnNotification { NotificationId = @event.NotificationId, WithdrawnOn = @event.WithdrawnOn });
                logger.LogInformation("Notification {NotificationId} withdrawn before its rapid review opened", @event.NotificationId);
            }

            return;
        }

        if (review.CloseForWithdrawal(@event.WithdrawnOn))
        {
            audit.Record("close", "rapid-review", review.Id.ToString(), "status", "closedOn", "closedBecause");
            logger.LogInformation("Closed rapid review {RapidReviewId}: notification {NotificationId} withdrawn",
                review.Id, @event.NotificationId);
        }
    }
}
