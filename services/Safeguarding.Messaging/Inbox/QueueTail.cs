using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Safeguarding.Messaging.Inbox;

/// <summary>
/// Moves a delivery to the back of its queue: publishes the message again there (with a broker
/// confirm, within 15 s), then acknowledges the delivery. Should the acknowledgement be lost, the
/// copy and the original are one event to the inbox. Nothing is acknowledged when the delivery's
/// channel has closed (the broker has already taken the message back) or the copy could not be
/// published: the delivery then keeps waiting in place.
/// </summary>
internal static class QueueTail
{
    /// <summary>Null when the delivery was moved; otherwise what stopped it.</summary>
    public static async Task<Exception?> MoveAsync(IConnection connection, IChannel channel, BasicDeliverEventArgs delivery, string queue)
    {
        if (!channel.IsOpen)
        {
            return new InvalidOperationException("The delivery's channel has closed.");
        }

        try
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await using var publisher = await connection.CreateChannelAsync(new CreateChannelOptions(true, true), limit.Token);
            var properties = new BasicProperties(delivery.BasicProperties)
            {
                // A fresh delivery, as far as the broker counts them; the moves are counted here.
                Headers = (delivery.BasicProperties.Headers ?? new Dictionary<string, object?>())
                    .Where(h => !h.Key.StartsWith("x-", StringComparison.Ordinal))
                    .Append(KeyValuePair.Create(DeliveryHeaders.MovesHeader, (object?)(delivery.Moves() + 1)))
                    .ToDictionary(),
            };
            await publisher.BasicPublishAsync("", queue, mandatory: true, properties, delivery.Body, limit.Token);
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, CancellationToken.None);
            return null;
        }
        catch (Exception ex)
        {
            // Whatever went wrong (a timeout, the broker going away, a closed channel), the delivery
            // stays unacknowledged with its handler, which goes on waiting.
            return ex;
        }
    }
}
