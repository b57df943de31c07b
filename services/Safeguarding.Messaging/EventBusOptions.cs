namespace Safeguarding.Messaging;

public sealed class EventBusOptions
{
    /// <summary>The service's name: its queue's name and its CloudEvents source (<c>/safeguarding/&lt;name&gt;</c>).</summary>
    public string ServiceName { get; set; } = "";

    /// <summary>How many times a message is delivered before it is dead-lettered.</summary>
    public int DeliveryLimit { get; set; } = 5;

    public ushort Prefetch { get; set; } = 32;

    /// <summary>
    /// How many deliveries are handled at once. Each runs in its own scope and transaction, and the
    /// inbox makes a concurrent duplicate harmless; events of one subject are not ordered.
    /// </summary>
    public ushort ConsumerConcurrency { get; set; } = 8;

    /// <summary>
    /// How long a handler waiting for another service (its gRPC or HTTP calls failing as unavailable)
    /// keeps its place at the head of the queue. After that its event goes to the back of the queue,
    /// as a fresh delivery, so that events that do not need that service go on. A handler waiting for
    /// the service's own database keeps its place: no other event could be handled either. Zero or
    /// <see cref="Timeout.InfiniteTimeSpan"/>: never moved, the event waits in place however long.
    /// </summary>
    public TimeSpan WaitInPlace { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many times an event is moved to the back of the queue (480 moves of 30 s: four hours)
    /// before its failure counts as a failure of the work: it is then retried up to the delivery
    /// limit and dead-lettered, where an operator sees it and can replay it.
    /// </summary>
    public int MaxMoves { get; set; } = 480;

    public int RelayBatchSize { get; set; } = 100;

    /// <summary>How often the relay looks for pending events when nothing wakes it sooner.</summary>
    public TimeSpan RelayPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public string Source => "/safeguarding/" + ServiceName;
}
