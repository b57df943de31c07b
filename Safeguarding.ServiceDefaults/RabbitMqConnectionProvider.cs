using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Hands out the service's single RabbitMQ connection (the <see cref="IConnection"/> Aspire's client
/// integration registers). The first caller has it opened, retrying with exponential backoff until
/// the broker answers; after that the client library's automatic recovery keeps it alive across
/// broker restarts.
/// </summary>
public sealed class RabbitMqConnectionProvider(IServiceProvider services, ILogger<RabbitMqConnectionProvider> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;

    public async Task<IConnection> GetConnectionAsync(CancellationToken cancellationToken)
    {
        if (_connection is { } existing)
        {
            return existing;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var delay = TimeSpan.FromMilliseconds(200);
            for (var attempt = 1; ; attempt++)
            {
                if (_connection is { } opened)
                {
                    return opened;
                }

                try
                {
                    // The integration opens the connection synchronously on first resolution; one
                    // that failed is not kept, so the next ask tries again.
                    _connection = await Task.Run(services.GetRequiredService<IConnection>, cancellationToken);
                    return _connection;
                }
                catch (BrokerUnreachableException ex)
                {
                    logger.LogWarning("RabbitMQ unreachable (attempt {Attempt}): {Reason}; retrying in {Delay}",
                        attempt, ex.InnerException?.Message ?? ex.Message, delay);
                    await Task.Delay(delay, cancellationToken);
                    delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Closes the connection, waiting at most ten seconds: a handler stuck mid-message can hold the
    /// client's shutdown indefinitely, and a service that is stopping must not hang on it. The broker
    /// requeues whatever was not acknowledged.
    /// </summary>
    public async Task CloseAsync()
    {
        if (_connection is not { } connection)
        {
            return;
        }

        var closing = Task.Run(async () =>
        {
            try
            {
                await connection.CloseAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception ex) when (ex is AlreadyClosedException or OperationInterruptedException or IOException
                                          or OperationCanceledException or TimeoutException)
            {
                // The broker is already gone.
            }
        });
        try
        {
            await closing.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            logger.LogWarning("RabbitMQ connection did not close within 10 s; leaving it to the process exit");
        }
    }
}
