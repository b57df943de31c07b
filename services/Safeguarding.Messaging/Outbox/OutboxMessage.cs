namespace Safeguarding.Messaging.Outbox;

/// <summary>
/// An integration event waiting to be published, written in the same transaction as the state
/// change it announces. Published rows are kept, with the time the broker confirmed them.
/// </summary>
public sealed class OutboxMessage
{
    public long Sequence { get; set; }

    public Guid EventId { get; set; }

    public required string Type { get; set; }

    public string? Subject { get; set; }

    /// <summary>The event's JSON (the CloudEvents <c>data</c>).</summary>
    public required string Data { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>W3C trace context of the operation that wrote the event.</summary>
    public string? TraceParent { get; set; }

    public string? TraceState { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }
}
