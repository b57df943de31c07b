namespace Safeguarding.Publication.Api.Feeds;

/// <summary>A push with the type and subject of the item it carries.</summary>
public sealed record DeliveryRow(FeedDelivery Delivery, string Type, string Subject);
