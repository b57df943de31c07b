using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Safeguarding.LearningAction.Api.Infrastructure;
using Safeguarding.Messaging;
using Safeguarding.Testing;

namespace Safeguarding.LearningAction.Tests;

/// <summary>The scheduled job against a real PostgreSQL database, as every replica of the service runs it.</summary>
public sealed class ChaserReplicaTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly DateOnly Today = new(2026, 12, 23);

    [Fact]
    public async Task Two_replicas_chasing_at_once_remind_once_and_a_replica_finding_the_job_taken_skips_its_pass()
    {
        var database = await postgres.CreateDatabaseAsync("chaser");
        using var first = Replica(database);
        using var second = Replica(database);
        var action = Plans.Action(dueOn: new DateOnly(2027, 1, 5), raisedOn: Today);
        await using (var scope = first.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LearningActionDbContext>();
            await db.Database.MigrateAsync();
            db.Actions.Add(action);
            await db.SaveChangesAsync();
        }

        // Another replica is mid-pass: it holds the job's lock, and this one leaves the plan alone.
        await using (var holder = new NpgsqlConnection(database))
        {
            await holder.OpenAsync();
            await using var transaction = await holder.BeginTransactionAsync();
            await using var take = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({ActionChaser.LockKey})", holder, transaction);
            await take.ExecuteNonQueryAsync();
            Assert.Null(await Chaser(first).RunPassAsync(CancellationToken.None));
        }

        var passes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Chaser(i % 2 == 0 ? first : second).RunPassAsync(CancellationToken.None)));

        Assert.Equal(1, passes.Sum(p => p ?? 0));
        await using var check = second.Services.CreateAsyncScope();
        var saved = await check.ServiceProvider.GetRequiredService<LearningActionDbContext>().Actions.AsNoTracking().SingleAsync(a => a.Id == action.Id);
        Assert.Single(saved.Chases);
        Assert.Equal(1, await check.ServiceProvider.GetRequiredService<LearningActionDbContext>().Set<Messaging.Outbox.OutboxMessage>()
            .CountAsync(m => m.Type == "safeguarding.learning-action.action-reminder.v1"));
    }

    /// <summary>A replica's services as the learning-action service registers them (nothing started: the test runs the passes).</summary>
    private static IHost Replica(string database)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:learningactiondb"] = database });
        builder.AddServiceDbContext<LearningActionDbContext>("learningactiondb");
        builder.AddEventBus<LearningActionDbContext>("learning-action");
        return builder.Build();
    }

    private static ActionChaser Chaser(IHost replica) => new(replica.Services.GetRequiredService<IServiceScopeFactory>(), Plans.Calendar, Plans.On(Today),
        Options.Create(new LearningActionOptions()), NullLogger<ActionChaser>.Instance);
}
