using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Messaging.DeadLetters;
using Safeguarding.Messaging.Inbox;
using Safeguarding.Messaging.Outbox;
using Safeguarding.Testing;
using static Safeguarding.Messaging.Tests.MessagingHarness;

namespace Safeguarding.Messaging.Tests;

public sealed class DeliveryTests(PostgresFixture postgres, RabbitMqFixture rabbitMq)
    : IClassFixture<PostgresFixture>, IClassFixture<RabbitMqFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Event_written_with_a_state_change_is_published_and_handled_once_in_the_same_trace()
    {
        var behaviour = new HandlerBehaviour();
        using var consumer = await StartAsync(UniqueName("consumer"), await postgres.CreateDatabaseAsync(), rabbitMq.ConnectionString, behaviour);
        using var producer = await StartAsync(UniqueName("producer"), await postgres.CreateDatabaseAsync(), rabbitMq.ConnectionString);

        string traceId;
        using (var request = TestSource.StartActivity("incoming request"))
        {
            traceId = request!.TraceId.ToString();
            await RecordCaseAsync(producer);
        }

        await Eventually.TrueAsync(async () => await HandledCountAsync(consumer) == 1, Patience, "the event to be handled");
        var handled = await QueryAsync(consumer, db => db.Handled.SingleAsync());
        Assert.Equal(traceId, handled.TraceId);
        var outbox = await QueryAsync(producer, db => db.Set<OutboxMessage>().SingleAsync());
        Assert.NotNull(outbox.PublishedAt);
        Assert.Equal("safeguarding.tests.case-recorded.v1", outbox.Type);
        Assert.Equal(outbox.EventId, handled.EventId);
        await Task.Delay(500);
        Assert.Equal(1, behaviour.Deliveries);
    }

    [Fact]
    public async Task A_state_change_that_fails_writes_no_event()
    {
        using var producer = await StartAsync(UniqueName("producer"), await postgres.CreateDatabaseAsync(), rabbitMq.ConnectionString);
        await RecordCaseAsync(producer, reference: "duplicate");

        await Assert.ThrowsAsync<DbUpdateException>(() => RecordCaseAsync(producer, reference: "duplicate"));

        Assert.Equal(1, await QueryAsync(producer, db => db.Set<OutboxMessage>().CountAsync()));
        Assert.Equal(1, await QueryAsync(producer, db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task A_redelivered_event_changes_nothing()
    {
        var behaviour = new HandlerBehaviour();
        var queue = UniqueName("consumer");
        using var consumer = await StartAsync(queue, await postgres.CreateDatabaseAsync(), rabbitMq.ConnectionString, behaviour);
        var eventId = Guid.NewGuid();
        var body = new CloudEventEnvelope(eventId, "/tests", "safeguarding.tests.case-recorded.v1", "x", DateTimeOffset.UtcNow,
            System.Text.Json.JsonDocument.Parse($$"""{"caseId":"{{Guid.NewGuid()}}","reference":"r"}""").RootElement).ToJson();

        await PublishRawAsync(rabbitMq.ConnectionString, "safeguarding.tests.case-recorded.v1", body, eventId.ToString());
        await Eventually.TrueAsync(async () => await HandledCountAsync(consumer) == 1, Patience, "the first delivery to be handled");
        await PublishRawAsync(rabbitMq.ConnectionString, "safeguarding.tests.case-recorded.v1", body, eventId.ToString());
        await Task.Delay(1500);

        Assert.Equal(1, await HandledCountAsync(consumer));
        Assert.Equal(1, await QueryAsync(consumer, db => db.Set<InboxMessage>().CountAsync()));
        Assert.Equal(1, behaviour.Deliveries); // the inbox stopped the second one before the handler ran
    }

    [Fact]
    public async Task A_consumer_killed_mid_handling_loses_nothing_and_handles_the_event_once_after_restart()
    {
        var queue = UniqueName("consumer");
        var database = await postgres.CreateDatabaseAsync();
        var stuck = new TaskCompletionSource();
        var first = new HandlerBehaviour
        {
            OnDelivery = async (_, ct) =>
            {
                stuck.TrySetResult();
                await Task.Delay(Timeout.Infinite, ct);
            },
        };
        var consumer = await StartAsync(queue, database, rabbitMq.ConnectionString, first);
        using var producer = await StartAsync(UniqueName("producer"), await postgres.CreateDatabaseAsync(), rabbitMq.ConnectionString);

        await RecordCaseAsync(producer);
        await stuck.Task.WaitAsync(Patience);
        // The process dies while the handler runs: no ack, no inbox row.
        await consumer.StopAsync(new CancellationToken(canceled: true));
        consumer.Dispose();
        Assert.Equal(0, await CountHandledInAsync(database));

        var second = new HandlerBehaviour();
        using var restarted = await StartAsync(queue, database, rabbitMq.ConnectionString, second);
        await Eventually.TrueAsync(async () => await HandledCountAsync(restarted) == 1, Patience, "the event to be handled after the restart");
        await Task.Delay(1000);
        Assert.Equal(1, await HandledCountAsync(restarted));
        Assert.Equal(1, second.Deliveries);
    }

    [Fact]
    public async Task A_poison_event_is_dead_lettered_after_the_bounded_retries_and_can_be_replayed()
    {
        var behaviour = new HandlerBehaviour { OnDelivery = (_, _) => throw new InvalidOperationException("handler fault") };
        var queue = UniqueName("consumer");
        using var consumer = await StartAsync(queue, await postgres.CreateDatabaseAsync(), rabbitMq.ConnectionString, behaviour, deliveryLimit: 2);
        using var producer = await StartAsync(UniqueName("producer"), await postgres.CreateDatabaseAsync(), rabbitMq.ConnectionString);
        var deadLetters = consumer.Services.GetRequiredService<IDeadLetters>();

        await RecordCaseAsync(producer);
        var letters = await Eventually.GetAsync(async () =>
        {
            var found = await deadLetters.ListAsync(10, CancellationToken.None);
            return found.Count > 0 ? found : null;
        }, Patience, "the event to be dead-lettered");

        Assert.Equal("safeguarding.tests.case-recorded.v1", Assert.Single(letters).Type);
        Assert.Equal(3, behaviour.Deliveries); // the first delivery and two redeliveries
        Assert.Equal(0, await HandledCountAsync(consumer));
        // Listing does not consume them.
        Assert.Single(await deadLetters.ListAsync(10, CancellationToken.None));

        behaviour.OnDelivery = null;
        Assert.Equal(1, await deadLetters.ReplayAsync(10, CancellationToken.None));
        await Eventually.TrueAsync(async () => await HandledCountAsync(consumer) == 1, Patience, "the replayed event to be handled");
        Assert.Empty(await deadLetters.ListAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task A_handler_failing_because_a_server_is_down_is_tried_again_in_place_without_using_up_deliveries()
    {
        // More failures than the delivery limit allows, each one a server that is not there.
        var behaviour = new HandlerBehaviour
        {
            OnDelivery = (call, _) => call <= 4
                ? throw new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused)
                : Task.CompletedTask,
        };
        using var consumer = await StartAsync(UniqueName("consumer"), await postgres.CreateDatabaseAsync(), rabbitMq.ConnectionString, behaviour, deliveryLimit: 1);
        using var producer = await StartAsync(UniqueName("producer"), await postgres.CreateDatabaseAsync(), rabbitMq.ConnectionString);

        await RecordCaseAsync(producer);

        await Eventually.TrueAsync(async () => await HandledCountAsync(consumer) == 1, Patience, "the event to be handled once the server is back");
        Assert.Equal(5, behaviour.Deliveries);
        Assert.Equal(1, behaviour.LastAttempt); // still the first delivery: the broker never took it back
        Assert.Empty(await consumer.Services.GetRequiredService<IDeadLetters>().ListAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task An_unreadable_message_goes_straight_to_the_dead_letter_queue()
    {
        var behaviour = new HandlerBehaviour();
        var queue = UniqueName("consumer");
        using var consumer = await StartAsync(queue, await postgres.CreateDatabaseAsync(), rabbitMq.ConnectionString, behaviour);
        var deadLetters = consumer.Services.GetRequiredService<IDeadLetters>();

        await PublishRawAsync(rabbitMq.ConnectionString, "safeguarding.tests.case-recorded.v1", Encoding.UTF8.GetBytes("not a cloud event"), "garbage-1");

        var letter = await Eventually.GetAsync(async () => (await deadLetters.ListAsync(10, CancellationToken.None)).FirstOrDefault(),
            Patience, "the unreadable message to be dead-lettered");
        Assert.Equal("garbage-1", letter.MessageId);
        Assert.Equal("rejected", letter.Reason);
        Assert.Equal(0, behaviour.Deliveries);
    }

    private async Task<int> CountHandledInAsync(string database)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM \"Handled\"", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }
}
