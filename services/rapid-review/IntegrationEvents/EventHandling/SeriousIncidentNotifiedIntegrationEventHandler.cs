using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Contracts.Notifications.V1;
using Safeguarding.Messaging;
using Safeguarding.RapidReview.Api.Infrastructure;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Api.IntegrationEvents.EventHandling;

/// <summary>Opens the rapid review of a notified serious incident, once per notification.</summary>
public sealed class SeriousIncidentNotifiedIntegrationEventHandler(
    RapidReviewDbContext db,
    NotificationQueries.NotificationQueriesClient notifications,
    WorkingDayCalendar calendar,
    TimeProvider time,
    IAuditTrail audit,
    Microsoft.Extensions.Options.IOptions<RapidReviewOptions> options,
    ILogger<SeriousIncidentNotifiedIntegrationEventHandler> logger) : IIntegrationEventHandler<SeriousIncidentNotifiedIntegrationEvent>
{
    public async Task HandleAsync(SeriousIncidentNotifiedIntegrationEvent @event, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        if (await db.RapidReviews.AnyAsync(r => r.NotificationId == @event.NotificationId, cancellationToken))
        {
            logger.LogInformation("Rapid review for notification {NotificationId} is already open", @event.NotificationId);
            return;
        }

        var details = await notifications.GetNotificationAsync(
            new GetNotificationRequest { NotificationId = @event.NotificationId.ToString() }, cancellationToken: cancellationToken);
        var notifiedOn = DateOnly.ParseExact(details.NotifiedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var review = Model.RapidReview.Open(@event.NotificationId, details.Partnership, details.LocalAuthority, details.Nature, notifiedOn, calendar, time.GetUtcNow(),
            @event.ReferralId, @event.Retrospective, options.Value.ScheduleFor(details.Partnership));
        db.RapidReviews.Add(review);
        // Saved with the review and the inbox record; the service itself is accountable for it.
        audit.Record("create", "rapid-review", review.Id.ToString(), "notificationId", "partnership", "dueOn", "milestones");
        if (await db.WithdrawnNotifications.FindAsync([@event.NotificationId], cancellationToken) is { } withdrawn && review.CloseForWithdrawal(withdrawn.WithdrawnOn))
        {
            audit.Record("close", "rapid-review", review.Id.ToString(), "status", "closedOn", "closedBecause");
        }

        logger.LogInformation("Opened rapid review {RapidReviewId} for notification {NotificationId}, due {DueOn}",
            review.Id, @event.NotificationId, review.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
