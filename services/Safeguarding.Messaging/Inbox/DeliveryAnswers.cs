using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace Safeguarding.Messaging.Inbox;

/// <summary>
/// A consumer's answers to the broker about a delivery. Should the channel have gone away with the
/// broker, the broker delivers the message again itself; the inbox record saved with the handler's
/// changes makes that delivery change nothing.
/// </summary>
internal static class DeliveryAnswers
{
    public static Task AcknowledgeAsync(IChannel channel, BasicDeliverEventArgs delivery) =>
        AnswerAsync(() => channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, CancellationToken.None));

    /// <summary>Hands the message back for another delivery, which counts toward the queue's limit.</summary>
    public static Task RequeueAsync(IChannel channel, BasicDeliverEventArgs delivery) =>
        AnswerAsync(() => channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true, CancellationToken.None));

    private static async Task AnswerAsync(Func<ValueTask> answer)
    {
        try
        {
            await answer();
        }
        catch (Exception ex) when (ex is AlreadyClosedException or OperationInterruptedException)
        {
        }
    }
}
