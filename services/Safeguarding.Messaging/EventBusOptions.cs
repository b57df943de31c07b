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

    public int RelayBatchSize { get; set; } = 100;

    /// <summary>How often the relay looks for pending events when nothing wakes it sooner.</summary>
    public TimeSpan RelayPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public string Source => "/safeguarding/" + ServiceName;
}
