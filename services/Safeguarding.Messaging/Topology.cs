namespace Safeguarding.Messaging;

/// <summary>Names on the broker, fixed so that every service and operator agrees on them.</summary>
public static class Topology
{
    public const string EventsExchange = "safeguarding.events";
    public const string DeadLetterExchange = "safeguarding.dead-letter";
    public const string CloudEventsContentType = "application/cloudevents+json";

    public static string Queue(string serviceName) => serviceName;

    public static string DeadLetterQueue(string serviceName) => serviceName + ".dead-letter";
}
