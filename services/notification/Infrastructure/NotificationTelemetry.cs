using System.Diagnostics.Metrics;

namespace Safeguarding.Notification.Api.Infrastructure;

/// <summary>What the notification service counts for operators; the nature of the incident, never who.</summary>
internal static class NotificationTelemetry
{
    private static readonly Meter Meter = new(SafeguardingTelemetry.MeterName);

    public static readonly Counter<long> Accepted = Meter.CreateCounter<long>("safeguarding.notifications.accepted", "{notification}",
        "Serious incident notifications accepted (saved, with their event in the outbox)");
}
