namespace Safeguarding.Publication.Api.Feeds;

/// <summary>One try at pushing an item: when, how long, and the receiver's status code or the failure.</summary>
public sealed record DeliveryAttempt(int Number, DateTimeOffset At, int? StatusCode, string? Error, int DurationMs);
