namespace Safeguarding.Messaging.Inbox;

/// <summary>An event a consumer has handled; written in the same transaction as the handler's effects.</summary>
public sealed class InboxMessage
{
    public Guid EventId { get; set; }

    public required string Consumer { get; set; }

    public required string Type { get; set; }

    public DateTimeOffset HandledAt { get; set; }
}
