namespace Safeguarding.Messaging.Tests;

/// <summary>What the test handler does: lets a test make it fail or hold it mid-handling.</summary>
public sealed class HandlerBehaviour
{
    public Func<int, CancellationToken, Task>? OnDelivery { get; set; }

    /// <summary>Called with the case's reference before <see cref="OnDelivery"/>.</summary>
    public Func<string, Task>? OnCase { get; set; }

    /// <summary>The references of the cases handled, in the order their handling finished.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Handled { get; } = new();

    public int Deliveries;

    /// <summary>The broker's delivery attempt the handler last ran in.</summary>
    public int LastAttempt;
}
