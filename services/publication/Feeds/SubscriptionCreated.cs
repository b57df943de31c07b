namespace Safeguarding.Publication.Api.Feeds;

/// <summary>A subscription just made, with its signing secret: the only time the secret is shown.</summary>
public sealed record SubscriptionCreated(SubscriptionResponse Subscription, string Secret);
