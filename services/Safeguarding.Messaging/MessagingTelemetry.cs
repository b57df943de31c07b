using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Safeguarding.Messaging;

/// <summary>Spans and counters of the event bus. Only ids and type names are recorded, never payloads.</summary>
internal static class MessagingTelemetry
{
    public static readonly ActivitySource Source = new("Safeguarding.Messaging");
    private static readonly Meter Meter = new("Safeguarding");

    public static readonly Counter<long> Published = Meter.CreateCounter<long>("safeguarding.messaging.published", description: "Events published with a broker confirm");
    public static readonly Counter<long> Consumed = Meter.CreateCounter<long>("safeguarding.messaging.consumed", description: "Events handled and acknowledged");
    public static readonly Counter<long> Duplicates = Meter.CreateCounter<long>("safeguarding.messaging.duplicates", description: "Redelivered events recognised by the inbox");
    public static readonly Counter<long> Failed = Meter.CreateCounter<long>("safeguarding.messaging.failed", description: "Handler failures (the message is retried)");
    public static readonly UpDownCounter<long> Waiting = Meter.CreateUpDownCounter<long>("safeguarding.messaging.waiting", description: "Messages held while a server their handler needs is down");
    public static readonly Counter<long> Deferred = Meter.CreateCounter<long>("safeguarding.messaging.deferred", description: "Messages moved to the back of their queue after waiting for another service");
    public static readonly Counter<long> DeadLettered = Meter.CreateCounter<long>("safeguarding.messaging.dead_lettered", description: "Messages sent to the dead-letter queue");

    public static Activity? StartPublish(string type, Guid id, string? parentTraceParent, string? parentTraceState)
    {
        ActivityContext.TryParse(parentTraceParent, parentTraceState, out var parent);
        var activity = Source.StartActivity($"{type} publish", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.system", "rabbitmq");
        activity?.SetTag("messaging.operation.type", "publish");
        activity?.SetTag("messaging.destination.name", Topology.EventsExchange);
        activity?.SetTag("messaging.rabbitmq.destination.routing_key", type);
        activity?.SetTag("messaging.message.id", id.ToString());
        return activity;
    }

    public static Activity? StartProcess(string type, string queue, string? messageId, string? traceParent, string? traceState)
    {
        ActivityContext.TryParse(traceParent, traceState, out var parent);
        var activity = Source.StartActivity($"{type} process", ActivityKind.Consumer, parent);
        activity?.SetTag("messaging.system", "rabbitmq");
        activity?.SetTag("messaging.operation.type", "process");
        activity?.SetTag("messaging.destination.name", queue);
        activity?.SetTag("messaging.message.id", messageId);
        return activity;
    }
}
