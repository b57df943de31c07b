using System.Diagnostics.Metrics;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>The outbound feeds' counters, on the dashboard beside the service's other metrics.</summary>
public static class FeedTelemetry
{
    private static readonly Meter Meter = new(SafeguardingTelemetry.MeterName);

    public static readonly Counter<long> Written = Meter.CreateCounter<long>("safeguarding.feeds.items_written", description: "Feed items written, one per national body per event");

    public static readonly Counter<long> Delivered = Meter.CreateCounter<long>("safeguarding.feeds.deliveries_succeeded", description: "Pushes a receiver accepted");

    public static readonly Counter<long> Failed = Meter.CreateCounter<long>("safeguarding.feeds.attempts_failed", description: "Push attempts that failed");

    public static readonly Counter<long> DeadLettered = Meter.CreateCounter<long>("safeguarding.feeds.deliveries_dead_lettered", description: "Pushes given up until an operator replays them");
}
