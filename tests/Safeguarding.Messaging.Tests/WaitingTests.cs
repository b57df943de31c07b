using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Messaging.DeadLetters;
using Safeguarding.Messaging.Outbox;
using Safeguarding.Testing;
using static Safeguarding.Messaging.Tests.MessagingHarness;

namespace Safeguarding.Messaging.Tests;

/// <summary>Work that waits (for another service, or for a retry) is never left waiting for good.</summary>
public sealed class WaitingTests(PostgresFixture postgres, RabbitMqFixture rabbitMq)
    : IClassFixture<PostgresFixture>, IClassFixture<RabbitMqFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_event_waiting_for_another_service_goes_to_the_back_of_the_queue_and_the_next_event_goes_on()
    {
        var second = false;
        var behaviour = new HandlerBehaviour
        {
            // The first case's handler needs a service that stays down until the second case is handled.
            OnCase = reference => reference == "first" && !Volatile.Read(ref second)
                ? throw new HttpRequestException("unavailable", null, HttpStatusCode.ServiceUnavailable)
                : Task.CompletedTask,
        };
        using var consumer = await StartAsync(UniqueName("consumer"), await postgres.CreateDatabaseAsync(), rabbitMq.ConnectionString, behaviour,
            deliveryLimit: 1, concurrency: 1, waitInPlace: TimeSpan.FromSeconds(1));
        using var producer = await StartAsync(UniqueName("producer"), await postgres.CreateDatabaseAsync(), rabbitMq.ConnectionString);

        await RecordCaseAsync(producer, "first");
        await Eventually.TrueAsync(() => Task.FromResult(behaviour.Deliveries > 0), Patience, "the first case's handler to start waiting");
        await RecordCaseAsync(producer, "second");
        await Eventually.TrueAsync(() => Task.FromResult(behaviour.Handled.Contains("second")), Patience, "the second case to be handled");
        Volatile.Write(ref second, true);

        await Eventually.TrueAsync(async () => await HandledCountAsync(consumer) == 2, Patience, "the first case once its service is back");
        Assert.Equal(["second", "first"], behaviour.Handled);
        // Moved as a fresh delivery: the wait never counted against the delivery limit of one.
        Assert.Equal(1, behaviour.LastAttempt);
        Assert.Empty(await consumer.Services.GetRequiredService<IDeadLetters>().ListAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task An_event_moved_back_past_the_limit_counts_its_failures_and_is_dead_lettered()
    {
        // A "service unavailable" that never passes: a bug answering 503, say.
        var behaviour = new HandlerBehaviour
        {
            OnCase = _ => throw new HttpRequestException("unavailable", null, HttpStatusCode.ServiceUnavailable),
        };
        using var consumer = await StartAsync(UniqueName("consumer"), await postgres.CreateDatabaseAsync(), rabbitMq.ConnectionString, behaviour,
            deliveryLimit: 1, concurrency: 1, waitInPlace: TimeSpan.FromSeconds(1), maxMoves: 1);
        using var producer = await StartAsync(UniqueName("producer"), await postgres.CreateDatabaseAsync(), rabbitMq.ConnectionString);

        await RecordCaseAsync(producer);

        var deadLetters = consumer.Services.GetRequiredService<IDeadLetters>();
        await Eventually.TrueAsync(async () => (await deadLetters.ListAsync(10, CancellationToken.None)).Count == 1, Patience, "the event to be dead-lettered");
        Assert.Equal(0, await HandledCountAsync(consumer));
    }

    [Fact]
    public async Task An_event_whose_retry_was_scheduled_by_a_clock_since_moved_back_is_published_now()
    {
        var behaviour = new HandlerBehaviour();
        using var consumer = await StartAsync(UniqueName("consumer"), await postgres.CreateDatabaseAsync(), rabbitMq.ConnectionString, behaviour);
        var database = await postgres.CreateDatabaseAsync();
        var producerName = UniqueName("producer");
        using (var stopped = await StartAsync(producerName, database, rabbitMq.ConnectionString, start: false))
        {
            await RecordCaseAsync(stopped);
            // Its last attempt failed while the clock read a year ahead; the clock has since been moved back.
            await QueryAsync(stopped, db => db.Database.ExecuteSqlRawAsync(
                "UPDATE outbox_messages SET attempts = 1, next_attempt_at = now() + interval '1 year'"));
        }

        using var producer = await StartAsync(producerName, database, rabbitMq.ConnectionString);
        await Eventually.TrueAsync(async () => await HandledCountAsync(consumer) == 1, Patience, "the event to be published and handled");
        Assert.NotNull((await QueryAsync(producer, db => db.Set<OutboxMessage>().SingleAsync())).PublishedAt);
    }
}
