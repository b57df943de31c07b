using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace Safeguarding.ServiceDefaults.Resilience;

/// <summary>
/// Retries a failed database operation of a request twice. A deadlock or a serialization failure
/// (the server answered; trying again resolves it) is always retried, however long the operation
/// has run. A server out of reach is retried only within <see cref="Budget"/> of the first attempt:
/// a connection broken by a restart that has finished is worth another try, but a request must not
/// spend its caller's time waiting for a server that is still down. Past the budget the failure
/// stands, and the request answers 503 with Retry-After.
/// </summary>
public sealed class BriefDatabaseRetries(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, maxRetryCount: 2, maxRetryDelay: TimeSpan.FromMilliseconds(400), errorCodesToAdd: null)
{
    /// <summary>No retry starts later than this after the operation's first attempt.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(600);

    private readonly Stopwatch _sinceFirstAttempt = new();

    protected override void OnFirstExecution()
    {
        base.OnFirstExecution();
        _sinceFirstAttempt.Restart();
    }

    protected override TimeSpan? GetNextDelay(Exception lastException)
    {
        var delay = base.GetNextDelay(lastException);
        return delay is { } wait && (IsConflict(lastException) || _sinceFirstAttempt.Elapsed + wait <= Budget) ? wait : null;
    }

    private static bool IsConflict(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure })
            {
                return true;
            }
        }

        return false;
    }
}
