namespace Safeguarding.Messaging.Outbox;

/// <summary>
/// Wakes the relay as soon as a transaction that wrote events has committed, so that publishing does
/// not wait for the next poll.
/// </summary>
public static class OutboxSignal
{
    private static TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static void Notify() => Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public static Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        Volatile.Read(ref _next).Task.WaitAsync(timeout, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
}
