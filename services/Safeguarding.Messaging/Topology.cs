using RabbitMQ.Client;

namespace Safeguarding.Messaging;

/// <summary>Names on the broker, fixed so that every service and operator agrees on them.</summary>
public static class Topology
{
    /// <summary>The topic exchange every integration event is published to, routed by its type.</summary>
    public const string EventsExchange = "safeguarding.integration-events";

    /// <summary>
    /// Where events that no service subscribes to yet are kept (the events exchange's alternate
    /// exchange and its queue), rather than being returned to the publisher or lost. A consumer that
    /// appears later (an outbound feed) binds its own queue; operators can read what waited here.
    /// </summary>
    public const string UnroutedExchange = "safeguarding.unrouted";

    public const string UnroutedQueue = "safeguarding.unrouted";

    public const string DeadLetterExchange = "safeguarding.dead-letter";
    public const string CloudEventsContentType = "application/cloudevents+json";

    public static string Queue(string serviceName) => serviceName;

    public static string DeadLetterQueue(string serviceName) => serviceName + ".dead-letter";

    /// <summary>Declares the events exchange with its alternate exchange and the queue behind that, as every publisher and consumer must.</summary>
    public static async Task DeclareEventsExchangeAsync(IChannel channel, CancellationToken cancellationToken)
    {
        await channel.ExchangeDeclareAsync(UnroutedExchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(UnroutedQueue, durable: true, exclusive: false, autoDelete: false,
            new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(UnroutedQueue, UnroutedExchange, routingKey: "", cancellationToken: cancellationToken);
        await channel.ExchangeDeclareAsync(EventsExchange, ExchangeType.Topic, durable: true, autoDelete: false,
            new Dictionary<string, object?> { ["alternate-exchange"] = UnroutedExchange }, cancellationToken: cancellationToken);
    }
}
