using Microsoft.EntityFrameworkCore;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Messaging;
using Safeguarding.Messaging.History;
using Safeguarding.RapidReview.Api.Infrastructure;
using Safeguarding.RapidReview.Api.Model;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Api.IntegrationEvents.EventHandling;

/// <summary>
/// Takes the rapid review service's part of an imported register: each case's rapid review, the
/// chair's decision and the review that followed, kept by the partnership's reference (a case
/// brought in again replaces its earlier values). Raises nothing: imported history never reaches the national feeds.
/// </summary>
public sealed class HistoryImportedIntegrationEventHandler(RapidReviewDbContext db, WorkingDayCalendar calendar, IAuditTrail audit,
    ILogger<HistoryImportedIntegrationEventHandler> logger) : IIntegrationEventHandler<HistoryImportedIntegrationEvent>
{
    public async Task HandleAsync(HistoryImportedIntegrationEvent @event, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var references = @event.Cases.Select(c => c.Reference).ToList();
        var held = await db.ImportedReviews.Where(r => r.Partnership == @event.Partnership && references.Contains(r.Reference))
            .ToDictionaryAsync(r => r.Reference, cancellationToken);
        var taken = ImportedHistory.Take(@event, held, (review, c) => review.Take(@event.ImportId, c, calendar),
            c => ImportedReview.From(@event.Partnership, @event.ImportId, c, calendar), added => db.ImportedReviews.Add(added));
        db.AddIntegrationEvent(new HistoryImportTakenIntegrationEvent(@event.ImportId, @event.Partnership, "rapid-review", taken));
        audit.Record("import", "history-import", @event.ImportId.ToString(), "rapidReviews", "reviews");
        logger.LogInformation("History import {ImportId}: took {Count} rapid reviews and reviews", @event.ImportId, taken);
    }
}
