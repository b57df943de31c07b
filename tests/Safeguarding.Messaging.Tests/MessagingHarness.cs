using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using Safeguarding.Testing;

namespace Safeguarding.Messaging.Tests;

/// <summary>Starts small services that use the messaging library against real servers.</summary>
internal static class MessagingHarness
{
    static MessagingHarness()
    {
        // Sample every activity so trace propagation can be observed in-process.
        ActivitySource.AddActivityListener(new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("Safeguarding", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        });
    }

    public static readonly ActivitySource TestSource = new("Safeguarding.Messaging.Tests");

    public static async Task<IHost> StartAsync(string serviceName, string database, string messaging,
        HandlerBehaviour? consumer = null, int deliveryLimit = 5, ushort concurrency = 8, TimeSpan? waitInPlace = null, int maxMoves = 480, bool start = true)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:db"] = database,
            ["ConnectionStrings:messaging"] = messaging,
        });
        builder.AddServiceDbContext<TestDbContext>("db");
        builder.AddMessagingClient("messaging");
        var bus = builder.AddEventBus<TestDbContext>(serviceName, o =>
        {
            o.DeliveryLimit = deliveryLimit;
            o.ConsumerConcurrency = concurrency;
            o.WaitInPlace = waitInPlace ?? o.WaitInPlace;
            o.MaxMoves = maxMoves;
            o.RelayPollInterval = TimeSpan.FromMilliseconds(250);
        });
        if (consumer is not null)
        {
            builder.Services.AddSingleton(consumer);
            bus.AddSubscription<CaseRecordedIntegrationEvent, CaseRecordedHandler>();
        }

        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TestDbContext>().Database.EnsureCreatedAsync();
        }

        if (!start)
        {
            return host;
        }

        await host.StartAsync();
        if (consumer is not null)
        {
            await WaitForQueueAsync(messaging, serviceName);
        }

        return host;
    }

    /// <summary>Records a case and announces it, in one SaveChanges.</summary>
    public static async Task<Guid> RecordCaseAsync(IHost producer, string? reference = null)
    {
        await using var scope = producer.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        var recorded = new RecordedCase { Id = Guid.NewGuid(), Reference = reference ?? Guid.NewGuid().ToString("N") };
        db.Cases.Add(recorded);
        db.AddIntegrationEvent(new CaseRecordedIntegrationEvent(recorded.Id, recorded.Reference));
        await db.SaveChangesAsync();
        return recorded.Id;
    }

    public static async Task<T> QueryAsync<T>(IHost host, Func<TestDbContext, Task<T>> query)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    public static Task<int> HandledCountAsync(IHost consumer) => QueryAsync(consumer, db => db.Handled.CountAsync());

    public static async Task PublishRawAsync(string messaging, string routingKey, byte[] body, string? messageId = null)
    {
        var factory = new ConnectionFactory { Uri = new Uri(messaging) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        await channel.BasicPublishAsync(Topology.EventsExchange, routingKey, mandatory: true,
            new BasicProperties { MessageId = messageId, Persistent = true }, body);
    }

    private static async Task WaitForQueueAsync(string messaging, string queue)
    {
        var factory = new ConnectionFactory { Uri = new Uri(messaging) };
        await using var connection = await factory.CreateConnectionAsync();
        await Eventually.TrueAsync(async () =>
        {
            try
            {
                // A consumer on the queue means its bindings are in place too (the consumer binds, then consumes).
                await using var channel = await connection.CreateChannelAsync();
                return (await channel.QueueDeclarePassiveAsync(queue)).ConsumerCount > 0;
            }
            catch (OperationInterruptedException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(30), $"queue {queue} to be bound and consumed");
    }

    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..20];
}
