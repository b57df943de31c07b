namespace Safeguarding.Messaging.Tests;

public sealed class RecordedCase
{
    public Guid Id { get; set; }

    public required string Reference { get; set; }
}
