using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Safeguarding.Messaging.Outbox;

/// <summary>Moves the events that tracked aggregates raised into the outbox as the change is saved.</summary>
internal sealed class RaisedEventsInterceptor : SaveChangesInterceptor
{
    public static readonly RaisedEventsInterceptor Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        MoveToOutbox(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        MoveToOutbox(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void MoveToOutbox(DbContext? db)
    {
        if (db is null)
        {
            return;
        }

        foreach (var aggregate in db.ChangeTracker.Entries<Aggregate>().Select(e => e.Entity).ToList())
        {
            foreach (var raised in aggregate.RaisedEvents())
            {
                db.AddIntegrationEvent(raised.Event, raised.Type, raised.OccurredAt);
            }

            aggregate.ClearRaisedEvents();
        }
    }
}
