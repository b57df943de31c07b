namespace Safeguarding.Messaging.DeadLetters;

/// <summary>The service's dead-letter queue, for operators to inspect and replay.</summary>
public interface IDeadLetters
{
    /// <summary>Lists up to <paramref name="max"/> dead letters without removing them.</summary>
    Task<IReadOnlyList<DeadLetter>> ListAsync(int max, CancellationToken cancellationToken);

    /// <summary>How many dead letters wait in the queue.</summary>
    Task<long> CountAsync(CancellationToken cancellationToken);

    /// <summary>Moves dead letters back onto the service's queue, oldest first; returns how many moved.</summary>
    Task<int> ReplayAsync(int max, CancellationToken cancellationToken);
}
