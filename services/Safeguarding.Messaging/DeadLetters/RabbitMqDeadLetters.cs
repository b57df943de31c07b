using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Safeguarding.Messaging.DeadLetters;

internal sealed class RabbitMqDeadLetters(RabbitMqConnectionProvider connections, IOptions<EventBusOptions> options) : IDeadLetters
{
    private readonly EventBusOptions _options = options.Value;

    public async Task<IReadOnlyList<DeadLetter>> ListAsync(int max, CancellationToken cancellationToken)
    {
        try
        {
            return await ListExistingAsync(max, cancellationToken);
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == NotFound)
        {
            // A service that consumes nothing has no dead-letter queue, so nothing is dead.
            return [];
        }
    }

    public async Task<int> ReplayAsync(int max, CancellationToken cancellationToken)
    {
        try
        {
            return await ReplayExistingAsync(max, cancellationToken);
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == NotFound)
        {
            return 0;
        }
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        var connection = await connections.GetConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(Topology.DeadLetterQueue(_options.ServiceName), cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == NotFound)
        {
            return 0;
        }
    }

    private const ushort NotFound = 404;

    private async Task<IReadOnlyList<DeadLetter>> ListExistingAsync(int max, CancellationToken cancellationToken)
    {
        var connection = await connections.GetConnectionAsync(cancellationToken);
        // Closing the channel without acknowledging returns every fetched message to the queue.
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var letters = new List<DeadLetter>();
        while (letters.Count < max && await channel.BasicGetAsync(Topology.DeadLetterQueue(_options.ServiceName), autoAck: false, cancellationToken) is { } message)
        {
            letters.Add(Describe(message));
        }

        await channel.CloseAsync(cancellationToken);
        return letters;
    }

    private async Task<int> ReplayExistingAsync(int max, CancellationToken cancellationToken)
    {
        var connection = await connections.GetConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        var moved = 0;
        while (moved < max && await channel.BasicGetAsync(Topology.DeadLetterQueue(_options.ServiceName), autoAck: false, cancellationToken) is { } message)
        {
            var properties = new BasicProperties(message.BasicProperties)
            {
                Headers = message.BasicProperties.Headers?
                    .Where(h => !h.Key.StartsWith("x-", StringComparison.Ordinal))
                    .ToDictionary(h => h.Key, h => h.Value),
            };
            // Straight to the service's queue (default exchange), confirmed before the dead letter goes.
            await channel.BasicPublishAsync("", Topology.Queue(_options.ServiceName), mandatory: true, properties, message.Body, cancellationToken);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
            moved++;
        }

        return moved;
    }

    private static DeadLetter Describe(BasicGetResult message)
    {
        var headers = message.BasicProperties.Headers;
        var envelope = CloudEventEnvelope.TryParse(message.Body);
        string? reason = null;
        long count = 0;
        if (headers?.TryGetValue("x-death", out var death) == true && death is IList<object> deaths && deaths.FirstOrDefault() is IDictionary<string, object> first)
        {
            reason = first.TryGetValue("reason", out var r) ? Text(r) : null;
            count = first.TryGetValue("count", out var c) && c is long l ? l : 0;
        }

        if (headers?.TryGetValue("x-delivery-count", out var deliveries) == true && deliveries is long d)
        {
            count = Math.Max(count, d);
        }

        return new DeadLetter(message.BasicProperties.MessageId, envelope?.Type ?? message.BasicProperties.Type,
            envelope?.Subject, envelope?.Time, count, reason);
    }

    private static string? Text(object? value) => value switch
    {
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        string s => s,
        _ => value?.ToString(),
    };
}
