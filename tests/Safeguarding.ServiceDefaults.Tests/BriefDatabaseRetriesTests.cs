using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Safeguarding.ServiceDefaults.Resilience;

namespace Safeguarding.ServiceDefaults.Tests;

public sealed class BriefDatabaseRetriesTests
{
    private static readonly NpgsqlException Refused = new("Failed to connect", new SocketException((int)SocketError.ConnectionRefused));

    [Fact]
    public async Task A_failure_that_comes_at_once_is_tried_twice_more()
    {
        var attempts = 0;
        await Assert.ThrowsAsync<RetryLimitExceededException>(() => Strategy().ExecuteAsync(() =>
        {
            attempts++;
            return Task.FromException(Refused);
        }));
        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task No_retry_starts_once_the_budget_is_spent()
    {
        var attempts = 0;
        await Assert.ThrowsAsync<RetryLimitExceededException>(() => Strategy().ExecuteAsync(async () =>
        {
            attempts++;
            // A connection attempt to a server that is slow to refuse.
            await Task.Delay(BriefDatabaseRetries.Budget + TimeSpan.FromMilliseconds(50));
            throw Refused;
        }));
        Assert.Equal(1, attempts);
    }

    [Theory]
    [InlineData(PostgresErrorCodes.DeadlockDetected)]
    [InlineData(PostgresErrorCodes.SerializationFailure)]
    public async Task A_deadlock_or_serialization_failure_is_retried_however_long_the_operation_ran(string state)
    {
        var attempts = 0;
        await Strategy().ExecuteAsync(async () =>
        {
            attempts++;
            // A long transaction that loses a race at its end: the server is up, and the next try resolves it.
            await Task.Delay(BriefDatabaseRetries.Budget + TimeSpan.FromMilliseconds(50));
            if (attempts < 3)
            {
                throw new PostgresException("conflict", "ERROR", "ERROR", state);
            }
        });
        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task A_failure_that_is_not_passing_is_not_retried()
    {
        var attempts = 0;
        await Assert.ThrowsAsync<InvalidOperationException>(() => Strategy().ExecuteAsync(() =>
        {
            attempts++;
            return Task.FromException(new InvalidOperationException("a bug"));
        }));
        Assert.Equal(1, attempts);
    }

    private static IExecutionStrategy Strategy()
    {
        var options = new DbContextOptionsBuilder()
            .UseNpgsql("Host=localhost;Database=none", npgsql => npgsql.ExecutionStrategy(dependencies => new BriefDatabaseRetries(dependencies)))
            .Options;
        return new DbContext(options).Database.CreateExecutionStrategy();
    }
}
