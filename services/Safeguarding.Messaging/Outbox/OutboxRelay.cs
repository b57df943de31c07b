using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using Safeguarding.ServiceDefaults.Resilience;

namespace Safeguarding.Messaging.Outbox;

/// <summary>
/// Publishes outbox rows in the order they were written, each with a publisher confirm, and marks
/// them published in the same transaction that locked them. While the broker is away the rows wait
/// and the relay retries with backoff. An event no service subscribes to goes to the unrouted queue
/// (the events exchange's alternate exchange); should even that fail, the mandatory publish comes
/// back and the row stays pending for a later attempt, so nothing accepted is dropped.
/// </summary>
internal sealed class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    RabbitMqConnectionProvider connections,
    IOptions<EventBusOptions> options,
    TimeProvider time,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);
    private readonly EventBusOptions _options = options.Value;
    private IChannel? _channel;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromMilliseconds(250);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await PublishBatchAsync(stoppingToken);
                backoff = TimeSpan.FromMilliseconds(250);
                if (published < _options.RelayBatchSize)
                {
                    await OutboxSignal.WaitAsync(_options.RelayPollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Whatever failed (the broker, PostgreSQL, the database's retry limit), the rows wait
                // and the relay keeps going: it must outlive any outage of the servers it joins.
                if (TransientFailure.IsTransient(ex) || ex is PublishException or OperationInterruptedException or IOException)
                {
                    logger.LogWarning("Outbox relay could not publish ({Error}); retrying in {Delay}", ex.GetType().Name, backoff);
                }
                else
                {
                    logger.LogError(ex, "Outbox relay failed unexpectedly; retrying in {Delay}", backoff);
                }

                await CloseChannelAsync();
                await Task.Delay(backoff, time, stoppingToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await CloseChannelAsync();
    }

    private async Task<int> PublishBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = time.GetUtcNow();
            // No row waits longer than the longest backoff: one scheduled beyond it was scheduled by a
            // clock that has since moved back, and is due now.
            var stranded = now + MaxBackoff + TimeSpan.FromMinutes(1);
            var pending = await db.Set<OutboxMessage>()
                .FromSqlInterpolated($"""
                    SELECT * FROM outbox_messages
                    WHERE published_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= {now} OR next_attempt_at > {stranded})
                    ORDER BY sequence
                    LIMIT {_options.RelayBatchSize}
                    FOR UPDATE SKIP LOCKED
                    """)
                .ToListAsync(ct);
            if (pending.Count == 0)
            {
                return 0;
            }

            var channel = await GetChannelAsync(ct);
            var published = 0;
            foreach (var message in pending)
            {
                if (await TryPublishAsync(channel, message, ct))
                {
                    message.PublishedAt = time.GetUtcNow();
                    published++;
                }
                else
                {
                    message.Attempts++;
                    message.NextAttemptAt = time.GetUtcNow() + TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, message.Attempts)));
                }
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            MessagingTelemetry.Published.Add(published);
            return published;
        }, cancellationToken);
    }

    private async Task<bool> TryPublishAsync(IChannel channel, OutboxMessage message, CancellationToken cancellationToken)
    {
        using var activity = MessagingTelemetry.StartPublish(message.Type, message.EventId, message.TraceParent, message.TraceState);
        using var data = JsonDocument.Parse(message.Data);
        var envelope = new CloudEventEnvelope(message.EventId, _options.Source, message.Type, message.Subject, message.OccurredAt, data.RootElement);
        var headers = new Dictionary<string, object?>();
        var parent = activity?.Id ?? message.TraceParent;
        if (parent is not null)
        {
            headers["traceparent"] = parent;
        }

        if ((activity?.TraceStateString ?? message.TraceState) is { Length: > 0 } state)
        {
            headers["tracestate"] = state;
        }

        var properties = new BasicProperties
        {
            MessageId = message.EventId.ToString(),
            Type = message.Type,
            ContentType = Topology.CloudEventsContentType,
            DeliveryMode = DeliveryModes.Persistent,
            Timestamp = new AmqpTimestamp(message.OccurredAt.ToUnixTimeSeconds()),
            AppId = _options.ServiceName,
            Headers = headers,
        };

        try
        {
            // Mandatory: an event that no queue takes comes back instead of vanishing.
            await channel.BasicPublishAsync(Topology.EventsExchange, message.Type, mandatory: true, properties, envelope.ToJson(), cancellationToken);
            return true;
        }
        catch (PublishReturnException)
        {
            logger.LogWarning("Event {EventId} of type {Type} was not routed to any queue; it stays in the outbox", message.EventId, message.Type);
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, "unroutable");
            return false;
        }
    }

    private async Task<IChannel> GetChannelAsync(CancellationToken cancellationToken)
    {
        if (_channel is { IsOpen: true } open)
        {
            return open;
        }

        await CloseChannelAsync();
        var connection = await connections.GetConnectionAsync(cancellationToken);
        var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
            cancellationToken);
        await Topology.DeclareEventsExchangeAsync(channel, cancellationToken);
        _channel = channel;
        return channel;
    }

    private async Task CloseChannelAsync()
    {
        if (_channel is { } channel)
        {
            _channel = null;
            try
            {
                await channel.CloseAsync();
            }
            catch (Exception ex) when (ex is AlreadyClosedException or OperationInterruptedException or IOException or ObjectDisposedException)
            {
                // Already gone with the connection.
            }

            channel.Dispose();
        }
    }
}
