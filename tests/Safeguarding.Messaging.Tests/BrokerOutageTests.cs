using Microsoft.EntityFrameworkCore;
using Safeguarding.Messaging.Outbox;
using Safeguarding.Testing;
using static Safeguarding.Messaging.Tests.MessagingHarness;

namespace Safeguarding.Messaging.Tests;

/// <summary>Stops its own broker, so it has one to itself.</summary>
public sealed class BrokerOutageTests(PostgresFixture postgres, RabbitMqFixture rabbitMq)
    : IClassFixture<PostgresFixture>, IClassFixture<RabbitMqFixture>
{
    [Fact]
    public async Task Events_accepted_while_the_broker_is_stopped_are_delivered_once_it_is_back()
    {
        var behaviour = new HandlerBehaviour();
        using var consumer = await StartAsync(UniqueName("consumer"), await postgres.CreateDatabaseAsync(), rabbitMq.ConnectionString, behaviour);
        using var producer = await StartAsync(UniqueName("producer"), await postgres.CreateDatabaseAsync(), rabbitMq.ConnectionString);

        await rabbitMq.StopAsync();
        for (var i = 0; i < 3; i++)
        {
            await RecordCaseAsync(producer);
        }

        await Task.Delay(1500);
        Assert.Equal(3, await QueryAsync(producer, db => db.Set<OutboxMessage>().CountAsync(m => m.PublishedAt == null)));

        await rabbitMq.StartAsync();
        await Eventually.TrueAsync(async () => await HandledCountAsync(consumer) == 3, TimeSpan.FromSeconds(90),
            "the three events to be delivered after the broker came back");
        Assert.Equal(0, await QueryAsync(producer, db => db.Set<OutboxMessage>().CountAsync(m => m.PublishedAt == null)));
        Assert.Equal(3, behaviour.Deliveries);
    }
}
