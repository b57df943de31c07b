namespace Safeguarding.Messaging.Tests;

/// <summary>What the test handler does: lets a test make it fail or hold it mid-handling.</summary>
public sealed class HandlerBehaviour
{
    public Func<int, CancellationToken, Task>? OnDelivery { get; set; }

    public int Deliveries;

    /// <summary>The broker's delivery attempt the handler last ran in.</summary>
    public int LastAttempt;
}
