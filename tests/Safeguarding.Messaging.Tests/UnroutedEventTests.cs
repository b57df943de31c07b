using Microsoft.EntityFrameworkCore;
using RabbitMQ.Client;
using Safeguarding.Messaging.Outbox;
using Safeguarding.Testing;
using static Safeguarding.Messaging.Tests.MessagingHarness;

namespace Safeguarding.Messaging.Tests;

/// <summary>An event no service subscribes to yet is published and kept, not retried for ever or lost.</summary>
public sealed class UnroutedEventTests(PostgresFixture postgres, RabbitMqFixture rabbitMq)
    : IClassFixture<PostgresFixture>, IClassFixture<RabbitMqFixture>
{
    [Fact]
    public async Task An_event_without_subscribers_is_marked_published_and_waits_in_the_unrouted_queue()
    {
        // This broker is the class's own: no consumer has bound a queue for the event type.
        using var producer = await StartAsync(UniqueName("producer"), await postgres.CreateDatabaseAsync(), rabbitMq.ConnectionString);
        await RecordCaseAsync(producer);

        await Eventually.TrueAsync(async () =>
            await QueryAsync(producer, db => db.Set<OutboxMessage>().AnyAsync(m => m.PublishedAt != null)),
            TimeSpan.FromSeconds(30), "the event to be published");
        var outbox = await QueryAsync(producer, db => db.Set<OutboxMessage>().SingleAsync());
        Assert.Equal(0, outbox.Attempts);

        var factory = new ConnectionFactory { Uri = new Uri(rabbitMq.ConnectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var waiting = await channel.BasicGetAsync(Topology.UnroutedQueue, autoAck: false);
        Assert.NotNull(waiting);
        Assert.Equal("safeguarding.tests.case-recorded.v1", waiting.RoutingKey);
        Assert.Equal(outbox.EventId.ToString(), waiting.BasicProperties.MessageId);
    }
}
