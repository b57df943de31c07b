using Microsoft.EntityFrameworkCore;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Messaging;
using Safeguarding.Publication.Api.Infrastructure;

namespace Safeguarding.Publication.Api.Imports;

/// <summary>Records on an import each service that has taken its part of it.</summary>
public sealed class HistoryImportTakenIntegrationEventHandler(PublicationDbContext db) : IIntegrationEventHandler<HistoryImportTakenIntegrationEvent>
{
    public async Task HandleAsync(HistoryImportTakenIntegrationEvent @event, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var import = await db.HistoryImports.FirstOrDefaultAsync(i => i.Id == @event.ImportId && i.Partnership == @event.Partnership, cancellationToken);
        import?.TakenByService(@event.Service);
    }
}
