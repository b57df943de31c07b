namespace Safeguarding.Publication.Api.Feeds;

/// <summary>A push as operators see it: its item, its state, its last attempt, and every attempt when asked for one.</summary>
public sealed record DeliveryResponse(Guid Id, Guid FeedItemId, Guid SubscriptionId, string Recipient, string Type, string Subject, string Status,
    int AttemptCount, DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt, DeliveryAttempt? LastAttempt, IReadOnlyList<DeliveryAttempt>? Attempts)
{
    public static DeliveryResponse From(DeliveryRow row, bool withAttempts)
    {
        var d = row.Delivery;
        return new(d.Id, d.FeedItemId, d.SubscriptionId, d.Recipient, row.Type, row.Subject, d.Status, d.Attempts.Count,
            d.Status == DeliveryStatus.Pending ? d.NextAttemptAt : null, d.DeliveredAt, d.Attempts.LastOrDefault(), withAttempts ? d.Attempts : null);
    }
}
