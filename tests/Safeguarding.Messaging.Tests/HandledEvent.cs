namespace Safeguarding.Messaging.Tests;

public sealed class HandledEvent
{
    public Guid EventId { get; set; }

    public Guid CaseId { get; set; }

    public string? TraceId { get; set; }
}
