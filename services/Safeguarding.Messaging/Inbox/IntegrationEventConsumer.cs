using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Safeguarding.ServiceDefaults.Resilience;

namespace Safeguarding.Messaging.Inbox;

/// <summary>
/// Consumes the service's quorum queue. Each event is handled in a DI scope; the handler's changes and
/// the inbox record are saved in one transaction, and only then is the message acknowledged. A
/// redelivered event finds its inbox record and changes nothing. A failing handler is retried (the
/// queue bounds the deliveries) and then dead-lettered; a message that cannot be read is dead-lettered
/// at once. A handler that fails because a server is down (PostgreSQL, another service) is tried
/// again in place, so that an outage never counts toward the limit: until its own database is back,
/// or, when it waits for another service, for <see cref="EventBusOptions.WaitInPlace"/>, after which
/// its event is published again to the back of the queue and the delivery acknowledged, so that one
/// service's outage does not hold up the events that do not need it. After
/// <see cref="EventBusOptions.MaxMoves"/> moves its failure counts like any other.
/// </summary>
internal sealed class IntegrationEventConsumer<TContext>(
    IServiceScopeFactory scopes,
    RabbitMqConnectionProvider connections,
    Subscriptions subscriptions,
    IOptions<EventBusOptions> options,
    TimeProvider time,
    ILogger<IntegrationEventConsumer<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private readonly EventBusOptions _options = options.Value;
    private string Queue => Topology.Queue(_options.ServiceName);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromMilliseconds(250);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var connection = await connections.GetConnectionAsync(stoppingToken);
                await using var channel = await connection.CreateChannelAsync(
                    new CreateChannelOptions(false, false, consumerDispatchConcurrency: _options.ConsumerConcurrency), stoppingToken);
                await Topology.DeclareConsumerQueueAsync(channel, _options.ServiceName, _options.DeliveryLimit, subscriptions.ByType.Keys, stoppingToken);
                await channel.BasicQosAsync(0, _options.Prefetch, global: false, stoppingToken);

                var consumer = new AsyncEventingBasicConsumer(channel);
                consumer.ReceivedAsync += (_, delivery) => OnReceivedAsync(connection, channel, delivery, stoppingToken);
                await channel.BasicConsumeAsync(Queue, autoAck: false, consumer, stoppingToken);
                logger.LogInformation("Consuming {Queue} for {Count} event type(s)", Queue, subscriptions.ByType.Count);
                backoff = TimeSpan.FromMilliseconds(250);

                // Automatic recovery brings channel and consumer back after a broker restart; only a
                // channel closed while its connection is fine needs building again.
                while (!(channel.IsOpen is false && connection.IsOpen))
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The consumer must outlive any outage; only the service stopping ends it.
                logger.LogWarning("Consumer of {Queue} lost the broker ({Error}); reconnecting in {Delay}", Queue, ex.GetType().Name, backoff);
                await Task.Delay(backoff, time, stoppingToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }
    }

    private async Task OnReceivedAsync(IConnection connection, IChannel channel, BasicDeliverEventArgs delivery, CancellationToken stoppingToken)
    {
        var envelope = CloudEventEnvelope.TryParse(delivery.Body);
        if (envelope is null || !subscriptions.ByType.TryGetValue(envelope.Type, out var subscription))
        {
            logger.LogError("Message {MessageId} on {Queue} is not a readable event of a subscribed type; dead-lettering it",
                delivery.BasicProperties.MessageId, Queue);
            MessagingTelemetry.DeadLettered.Add(1);
            await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: false, CancellationToken.None);
            return;
        }

        var attempt = delivery.DeliveryAttempt();
        using var activity = MessagingTelemetry.StartProcess(envelope.Type, Queue, envelope.Id.ToString(),
            delivery.Header("traceparent"), delivery.Header("tracestate"));
        var wait = TimeSpan.FromMilliseconds(250);
        var outage = false;
        var waitingSince = time.GetTimestamp();
        try
        {
            while (true)
            {
                try
                {
                    await HandleAsync(envelope, subscription, attempt, stoppingToken);
                    if (outage)
                    {
                        logger.LogInformation("Handled {Type} {EventId} once its servers were back", envelope.Type, envelope.Id);
                    }

                    await DeliveryAnswers.AcknowledgeAsync(channel, delivery);
                    MessagingTelemetry.Consumed.Add(1);
                    return;
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    // Shutting down: the unacknowledged message goes back to the queue with the channel.
                    return;
                }
                catch (Exception ex) when (TransientFailure.IsTransient(ex))
                {
                    // A server this handler needs is down. Handing the message back would count a
                    // delivery against it, and enough of them would dead-letter a valid event: it is
                    // kept, unacknowledged, and tried again here until the server answers.
                    if (!outage)
                    {
                        outage = true;
                        waitingSince = time.GetTimestamp();
                        MessagingTelemetry.Waiting.Add(1);
                        logger.LogWarning("Handling {Type} {EventId} waits for a server that is down ({Error}); it is kept and tried again",
                            envelope.Type, envelope.Id, ex.GetType().Name);
                    }
                    else if (!TransientFailure.IsDatabase(ex) && MovesBack && time.GetElapsedTime(waitingSince) >= _options.WaitInPlace)
                    {
                        if (delivery.Moves() >= _options.MaxMoves)
                        {
                            // Moved back for hours: whatever it waits for is not an outage that passes.
                            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.GetType().Name);
                            await RejectAsync(channel, delivery, envelope, attempt, ex);
                            return;
                        }

                        if (await TryMoveBackAsync(connection, channel, delivery, envelope))
                        {
                            return;
                        }
                    }

                    try
                    {
                        await Task.Delay(wait, time, stoppingToken);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }

                    wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
                }
                catch (Exception ex)
                {
                    activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.GetType().Name);
                    await RejectAsync(channel, delivery, envelope, attempt, ex);
                    return;
                }
            }
        }
        finally
        {
            if (outage)
            {
                MessagingTelemetry.Waiting.Add(-1);
            }
        }
    }

    private async Task RejectAsync(IChannel channel, BasicDeliverEventArgs delivery, CloudEventEnvelope envelope, int attempt, Exception ex)
    {
        MessagingTelemetry.Failed.Add(1);
        var last = attempt >= _options.DeliveryLimit + 1;
        logger.LogWarning("Handling {Type} {EventId} failed on delivery {Attempt} ({Error}: {Message}){Outcome}",
            envelope.Type, envelope.Id, attempt, ex.GetType().Name, ex.Message, last ? "; dead-lettering it" : "; it will be redelivered");
        if (last)
        {
            MessagingTelemetry.DeadLettered.Add(1);
        }

        // A short pause before the redelivery.
        await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(2000, 200 * attempt)), time, CancellationToken.None);
        await DeliveryAnswers.RequeueAsync(channel, delivery);
    }

    /// <summary>Whether an event waiting for another service is moved to the back of the queue at all.</summary>
    private bool MovesBack => _options.WaitInPlace > TimeSpan.Zero && _options.WaitInPlace != Timeout.InfiniteTimeSpan;

    /// <summary>Moves the delivery to the back of the queue (<see cref="QueueTail"/>); false when it must keep waiting in place.</summary>
    private async Task<bool> TryMoveBackAsync(IConnection connection, IChannel channel, BasicDeliverEventArgs delivery, CloudEventEnvelope envelope)
    {
        if (await QueueTail.MoveAsync(connection, channel, delivery, Queue) is { } failure)
        {
            logger.LogWarning("Moving {Type} {EventId} to the back of the queue failed ({Error}); it keeps waiting in place",
                envelope.Type, envelope.Id, failure.GetType().Name);
            return false;
        }

        MessagingTelemetry.Deferred.Add(1);
        logger.LogWarning("Handling {Type} {EventId} has waited {Seconds:0} s for another service; it goes to the back of the queue so that other events go on",
            envelope.Type, envelope.Id, _options.WaitInPlace.TotalSeconds);
        return true;
    }

    private async Task HandleAsync(CloudEventEnvelope envelope, Subscription subscription, int attempt, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var consumerName = _options.ServiceName;
        if (await db.Set<InboxMessage>().AnyAsync(m => m.EventId == envelope.Id && m.Consumer == consumerName, cancellationToken))
        {
            MessagingTelemetry.Duplicates.Add(1);
            return;
        }

        var context = new IntegrationEventContext(envelope.Id, envelope.Type, envelope.Subject, envelope.Time, attempt);
        await subscription.Dispatch(scope.ServiceProvider, envelope.Data, context, cancellationToken);
        db.Set<InboxMessage>().Add(new InboxMessage
        {
            EventId = envelope.Id,
            Consumer = consumerName,
            Type = envelope.Type,
            HandledAt = time.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, TableName: "inbox_messages" })
        {
            // Handled concurrently by another delivery of the same event: its effects stand, ours are discarded.
            MessagingTelemetry.Duplicates.Add(1);
        }
    }
}
