using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Contracts;
using Safeguarding.Messaging.Outbox;

namespace Safeguarding.Messaging;

public static class DbContextExtensions
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Adds an integration event to the outbox. It is written by the next SaveChanges, in the same
    /// transaction as the state change it announces, and published after that transaction commits.
    /// </summary>
    public static Guid AddIntegrationEvent<TEvent>(this DbContext db, TEvent @event, DateTimeOffset? occurredAt = null)
        where TEvent : IIntegrationEvent =>
        db.AddIntegrationEvent(@event, typeof(TEvent), occurredAt);

    internal static Guid AddIntegrationEvent(this DbContext db, IIntegrationEvent @event, Type type, DateTimeOffset? occurredAt)
    {
        var current = Activity.Current;
        var message = new OutboxMessage
        {
            EventId = Guid.CreateVersion7(),
            Type = IntegrationEventTypes.NameOf(type),
            Subject = @event.Subject,
            Data = JsonSerializer.Serialize(@event, type, JsonOptions),
            OccurredAt = occurredAt ?? DateTimeOffset.UtcNow,
            TraceParent = current?.IdFormat == ActivityIdFormat.W3C ? current.Id : null,
            TraceState = TraceStates.Bounded(current?.TraceStateString),
        };
        db.Set<OutboxMessage>().Add(message);
        db.SavedChanges += WakeRelay;
        return message.EventId;
    }

    private static void WakeRelay(object? sender, SavedChangesEventArgs e)
    {
        if (sender is DbContext db)
        {
            db.SavedChanges -= WakeRelay;
        }

        OutboxSignal.Notify();
    }
}
