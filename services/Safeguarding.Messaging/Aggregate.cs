using Safeguarding.Contracts;

namespace Safeguarding.Messaging;

/// <summary>
/// An aggregate whose steps raise integration events. The events wait on the aggregate until it is
/// saved; the save writes them to the outbox in the same transaction as the change they announce.
/// </summary>
public abstract class Aggregate
{
    private readonly List<RaisedEvent> _raised = [];

    /// <summary>Events raised since the aggregate was last saved.</summary>
    public IReadOnlyList<RaisedEvent> RaisedEvents() => _raised;

    protected void Raise<TEvent>(TEvent @event, DateTimeOffset occurredAt) where TEvent : IIntegrationEvent =>
        _raised.Add(new RaisedEvent(@event, typeof(TEvent), occurredAt));

    internal void ClearRaisedEvents() => _raised.Clear();
}
