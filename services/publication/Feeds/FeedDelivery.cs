using static Safeguarding.ServiceDefaults.Domain.Rules;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>
/// The push of one feed item to one subscription: tried until the receiver answers 2xx, on the
/// retry schedule, then dead-lettered; an operator can replay it. Every attempt is kept.
/// </summary>
public sealed class FeedDelivery
{
    public Guid Id { get; init; }

    public Guid FeedItemId { get; init; }

    public Guid SubscriptionId { get; private set; }

    public required string Recipient { get; init; }

    public string Status { get; private set; } = DeliveryStatus.Pending;

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public List<DeliveryAttempt> Attempts { get; private set; } = [];

    public uint Version { get; set; }

    public static FeedDelivery For(FeedItem item, FeedSubscription subscription, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), FeedItemId = item.Id, SubscriptionId = subscription.Id, Recipient = item.Recipient, NextAttemptAt = now,
    };

    public void Succeeded(DateTimeOffset at, int statusCode, int durationMs)
    {
        Attempts.Add(new DeliveryAttempt(Attempts.Count + 1, at, statusCode, null, durationMs));
        Status = DeliveryStatus.Delivered;
        DeliveredAt ??= at;
    }

    public void Failed(DateTimeOffset at, int? statusCode, string? error, int durationMs, RetrySchedule schedule, double random)
    {
        Attempts.Add(new DeliveryAttempt(Attempts.Count + 1, at, statusCode, error, durationMs));
        // Attempts since the last replay count towards the schedule.
        var sinceReplay = Attempts.Count - ReplayedAfter;
        if (sinceReplay >= schedule.MaxAttempts)
        {
            Status = DeliveryStatus.DeadLettered;
            return;
        }

        NextAttemptAt = at + schedule.DelayAfter(sinceReplay, random);
    }

    /// <summary>Goes on to the subscription that replaced its own.</summary>
    public void MoveTo(Guid subscriptionId) => SubscriptionId = subscriptionId;

    /// <summary>Given up without sending: its subscription was removed.</summary>
    public void Abandon(DateTimeOffset at, string reason)
    {
        Attempts.Add(new DeliveryAttempt(Attempts.Count + 1, at, null, reason, 0));
        Status = DeliveryStatus.DeadLettered;
    }

    /// <summary>How many attempts there were when an operator last replayed the delivery.</summary>
    public int ReplayedAfter { get; private set; }

    /// <summary>
    /// An operator sends it again now: a dead-lettered delivery gets a fresh schedule; a delivered one
    /// is sent once more, with the same id; to <paramref name="subscriptionId"/> when the recipient's
    /// subscription was replaced since.
    /// </summary>
    public void Replay(DateTimeOffset now, Guid? subscriptionId)
    {
        Allowed(Status != DeliveryStatus.Pending, "The delivery is still being tried: it is replayed once it is delivered or dead-lettered.");
        Status = DeliveryStatus.Pending;
        ReplayedAfter = Attempts.Count;
        NextAttemptAt = now;
        SubscriptionId = subscriptionId ?? SubscriptionId;
    }
}
