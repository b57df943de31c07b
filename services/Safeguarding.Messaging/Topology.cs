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

    /// <summary>
    /// Declares a consuming service's quorum queue, bound to each event type it subscribes to, with
    /// its bounded deliveries and its dead-letter queue.
    /// </summary>
    public static async Task DeclareConsumerQueueAsync(IChannel channel, string serviceName, int deliveryLimit, IEnumerable<string> types,
        CancellationToken cancellationToken)
    {
        var deadLetterQueue = DeadLetterQueue(serviceName);
        await DeclareEventsExchangeAsync(channel, cancellationToken);
        await channel.ExchangeDeclareAsync(DeadLetterExchange, ExchangeType.Direct, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(deadLetterQueue, durable: true, exclusive: false, autoDelete: false,
            new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(deadLetterQueue, DeadLetterExchange, routingKey: serviceName, cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(Queue(serviceName), durable: true, exclusive: false, autoDelete: false, new Dictionary<string, object?>
        {
            ["x-queue-type"] = "quorum",
            ["x-delivery-limit"] = deliveryLimit,
            ["x-dead-letter-exchange"] = DeadLetterExchange,
            ["x-dead-letter-routing-key"] = serviceName,
        }, cancellationToken: cancellationToken);
        foreach (var type in types)
        {
            await channel.QueueBindAsync(Queue(serviceName), EventsExchange, routingKey: type, cancellationToken: cancellationToken);
        }
    }
}
