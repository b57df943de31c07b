namespace Safeguarding.Messaging;

/// <summary>What a handler knows about the delivery of the event it handles.</summary>
public sealed record IntegrationEventContext(Guid EventId, string Type, string? Subject, DateTimeOffset Time, int DeliveryAttempt);
