using Microsoft.EntityFrameworkCore;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Messaging;
using Safeguarding.Messaging.History;
using Safeguarding.Notification.Api.Infrastructure;
using Safeguarding.Notification.Api.Model;
using Safeguarding.ServiceDefaults.Audit;

namespace Safeguarding.Notification.Api.IntegrationEvents;

/// <summary>
/// Takes the notification service's part of an imported register: each case's referral, decision
/// and notification, kept by the partnership's reference (a case brought in again replaces its
/// earlier values). Raises nothing: imported history never reaches the national feeds.
/// </summary>
public sealed class HistoryImportedIntegrationEventHandler(NotificationDbContext db, IAuditTrail audit,
    ILogger<HistoryImportedIntegrationEventHandler> logger) : IIntegrationEventHandler<HistoryImportedIntegrationEvent>
{
    public async Task HandleAsync(HistoryImportedIntegrationEvent @event, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var references = @event.Cases.Select(c => c.Reference).ToList();
        var held = await db.ImportedReferrals.Where(r => r.Partnership == @event.Partnership && references.Contains(r.Reference))
            .ToDictionaryAsync(r => r.Reference, cancellationToken);
        var taken = ImportedHistory.Take(@event, held, (referral, c) => referral.Take(@event.ImportId, c),
            c => ImportedReferral.From(@event.Partnership, @event.ImportId, c), added => db.ImportedReferrals.Add(added));
        db.AddIntegrationEvent(new HistoryImportTakenIntegrationEvent(@event.ImportId, @event.Partnership, "notification", taken));
        audit.Record("import", "history-import", @event.ImportId.ToString(), "referrals");
        logger.LogInformation("History import {ImportId}: took {Count} referrals", @event.ImportId, taken);
    }
}
