using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Owns the service's single RabbitMQ connection. The first caller opens it, retrying with
/// exponential backoff until the broker answers; after that the client library's automatic
/// recovery keeps it alive across broker restarts.
/// </summary>
public sealed class RabbitMqConnectionProvider(IConnectionFactory factory, ILogger<RabbitMqConnectionProvider> logger)
    : IAsyncDisposable
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
                    _connection = await factory.CreateConnectionAsync(cancellationToken);
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

    public async ValueTask DisposeAsync()
    {
        if (_connection is { } connection)
        {
            // A handler stuck mid-message can hold the client's shutdown indefinitely; a service that
            // is stopping must not hang on it. The broker requeues whatever was not acknowledged.
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

                await connection.DisposeAsync();
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

        _gate.Dispose();
    }
}
