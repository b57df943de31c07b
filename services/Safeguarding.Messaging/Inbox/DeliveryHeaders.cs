using System.Text;
using RabbitMQ.Client.Events;

namespace Safeguarding.Messaging.Inbox;

/// <summary>What a delivery's headers say: which delivery of the message it is, and its trace context.</summary>
internal static class DeliveryHeaders
{
    public static int DeliveryAttempt(this BasicDeliverEventArgs delivery)
    {
        // Quorum queues count earlier deliveries in x-delivery-count (absent on the first delivery).
        if (delivery.BasicProperties.Headers?.TryGetValue("x-delivery-count", out var value) == true)
        {
            return value switch
            {
                long l => (int)l + 1,
                int i => i + 1,
                _ => 1,
            };
        }

        return delivery.Redelivered ? 2 : 1;
    }

    /// <summary>How many times the message was moved to the back of its queue while it waited for another service.</summary>
    public const string MovesHeader = "safeguarding-moves";

    public static int Moves(this BasicDeliverEventArgs delivery) =>
        delivery.BasicProperties.Headers?.TryGetValue(MovesHeader, out var value) == true
            ? value switch
            {
                int i => i,
                long l => (int)l,
                _ => 0,
            }
            : 0;

    public static string? Header(this BasicDeliverEventArgs delivery, string name) =>
        delivery.BasicProperties.Headers?.TryGetValue(name, out var value) == true
            ? value switch
            {
                byte[] bytes => Encoding.UTF8.GetString(bytes),
                string s => s,
                _ => null,
            }
            : null;
}
