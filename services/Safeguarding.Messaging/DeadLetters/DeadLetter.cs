namespace Safeguarding.Messaging.DeadLetters;

/// <summary>What an operator sees of a dead-lettered message: identifiers and delivery facts, no payload.</summary>
public sealed record DeadLetter(string? MessageId, string? Type, string? Subject, DateTimeOffset? OccurredAt, long DeliveryCount, string? Reason);
