using Microsoft.EntityFrameworkCore;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Messaging;
using Safeguarding.RapidReview.Api.Infrastructure;
using Safeguarding.ServiceDefaults.Audit;

namespace Safeguarding.RapidReview.Api.IntegrationEvents.EventHandling;

/// <summary>Closes the rapid review of a withdrawn notification.</summary>
public sealed class NotificationWithdrawnIntegrationEventHandler(
    RapidReviewDbContext db,
    IAuditTrail audit,
    ILogger<NotificationWithdrawnIntegrationEventHandler> logger) : IIntegrationEventHandler<NotificationWithdrawnIntegrationEvent>
{
    public async Task HandleAsync(NotificationWithdrawnIntegrationEvent @event, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var review = await db.RapidReviews.FirstOrDefaultAsync(r => r.NotificationId == @event.NotificationId, cancellationToken);
        if (review is null)
        {
            // The withdrawal overtook the notification event: fail, so the delivery is retried
            // once the review exists (and dead-lettered for an operator if it never does).
            throw new InvalidOperationException($"No rapid review yet for notification {@event.NotificationId}.");
        }

        if (review.CloseForWithdrawal(@event.WithdrawnOn))
        {
            audit.Record("close", "rapid-review", review.Id.ToString(), "status", "closedOn", "closedBecause");
            logger.LogInformation("Closed rapid review {RapidReviewId}: notification {NotificationId} withdrawn",
                review.Id, @event.NotificationId);
        }
    }
}
