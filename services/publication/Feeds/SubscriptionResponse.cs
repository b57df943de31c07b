namespace Safeguarding.Publication.Api.Feeds;

/// <summary>A push subscription as operators see it, without its secret.</summary>
public sealed record SubscriptionResponse(Guid Id, string Recipient, string Endpoint, IReadOnlyList<string> EventTypes, bool Active, DateTimeOffset CreatedAt,
    string CreatedBy)
{
    public static SubscriptionResponse From(FeedSubscription s) => new(s.Id, s.Recipient, s.Endpoint, s.EventTypes, s.Active, s.CreatedAt, s.CreatedBy);
}
