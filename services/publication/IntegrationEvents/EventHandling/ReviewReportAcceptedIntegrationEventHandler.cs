using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Contracts.Notifications.V1;
using Safeguarding.Messaging;
using Safeguarding.Publication.Api.Apis;
using Safeguarding.Publication.Api.Infrastructure;
using Safeguarding.ServiceDefaults.Audit;

namespace Safeguarding.Publication.Api.IntegrationEvents.EventHandling;

/// <summary>
/// Opens the publication of a review whose report the partnership accepted, once, with the case's
/// identifying details from the notification already on the anonymisation check. The notification
/// service being unavailable keeps the event to be tried again.
/// </summary>
public sealed class ReviewReportAcceptedIntegrationEventHandler(
    PublicationDbContext db, NotificationQueries.NotificationQueriesClient notifications, TimeProvider time, IAuditTrail audit,
    ILogger<ReviewReportAcceptedIntegrationEventHandler> logger)
    : IIntegrationEventHandler<CaseReviewReportAcceptedIntegrationEvent>
{
    public async Task HandleAsync(CaseReviewReportAcceptedIntegrationEvent @event, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        // The inbox drops a redelivered event; this covers the same acceptance published twice.
        if (await db.Publications.AnyAsync(p => p.ReviewId == @event.ReviewId, cancellationToken))
        {
            return;
        }

        var publication = Model.Publication.Open(@event, time);
        if (@event.NotificationId is { } notificationId)
        {
            publication.AddKnownIdentifiers(await IdentifiersAsync(notificationId, cancellationToken), time);
        }

        db.Publications.Add(publication);
        audit.Record("open", PublicationServices.AuditResource, publication.Id.ToString(), "reviewId", "partnership", "identifiers");
        logger.LogInformation("Opened publication {PublicationId} for review {ReviewId} with {Identifiers} identifiers from the notification",
            publication.Id, @event.ReviewId, publication.Identifiers.Count);
    }

    private async Task<IEnumerable<(string Kind, string Value)>> IdentifiersAsync(Guid notificationId, CancellationToken ct)
    {
        try
        {
            var found = await notifications.GetCaseIdentifiersAsync(new GetNotificationRequest { NotificationId = notificationId.ToString() }, cancellationToken: ct);
            return found.Identifiers.Select(i => (i.Kind, i.Value));
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            logger.LogWarning("Notification {NotificationId} is unknown: the check starts without its identifiers", notificationId);
            return [];
        }
    }
}
