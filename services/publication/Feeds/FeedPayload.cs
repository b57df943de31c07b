namespace Safeguarding.Publication.Api.Feeds;

/// <summary>What one national body receives of one event: the CloudEvent's type and its data, already minimised.</summary>
public sealed record FeedPayload(string Recipient, string Type, object Data);
