using Microsoft.EntityFrameworkCore;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Messaging;
using Safeguarding.Publication.Api.Apis;
using Safeguarding.Publication.Api.Infrastructure;
using Safeguarding.ServiceDefaults.Audit;

namespace Safeguarding.Publication.Api.IntegrationEvents.EventHandling;

/// <summary>Opens the publication of a review whose report the partnership accepted: one per review, once.</summary>
public sealed class ReviewReportAcceptedIntegrationEventHandler(
    PublicationDbContext db, TimeProvider time, IAuditTrail audit, ILogger<ReviewReportAcceptedIntegrationEventHandler> logger)
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
        db.Publications.Add(publication);
        audit.Record("open", PublicationServices.AuditResource, publication.Id.ToString(), "reviewId", "partnership");
        logger.LogInformation("Opened publication {PublicationId} for review {ReviewId}", publication.Id, @event.ReviewId);
    }
}
