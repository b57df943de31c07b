using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Safeguarding.Publication.Api.Feeds;
using Safeguarding.Publication.Api.Infrastructure;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.Testing;

namespace Safeguarding.Publication.Tests;

/// <summary>The dispatcher's claim on the real server: which deliveries are due.</summary>
public sealed class FeedDispatcherTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task A_retry_set_by_a_clock_since_moved_back_is_due_and_one_within_the_retry_schedule_waits()
    {
        using var host = await HostAsync();
        var now = DateTimeOffset.UtcNow;
        // One failed while the clock read a year ahead; one failed just now and waits an hour, within the longest delay of six.
        var stranded = await DeliveryAsync(host, now.AddYears(1));
        var waiting = await DeliveryAsync(host, now.AddHours(1));

        var dispatcher = ActivatorUtilities.CreateInstance<FeedDispatcher>(host.Services);
        Assert.Equal(1, await dispatcher.PassAsync(CancellationToken.None));

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PublicationDbContext>();
        Assert.Single((await db.FeedDeliveries.SingleAsync(d => d.Id == stranded)).Attempts);
        var untouched = await db.FeedDeliveries.SingleAsync(d => d.Id == waiting);
        Assert.Empty(untouched.Attempts);
        Assert.Equal(now.AddHours(1), untouched.NextAttemptAt, TimeSpan.FromMilliseconds(1));
    }

    private async Task<IHost> HostAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:publicationdb"] = await postgres.CreateDatabaseAsync("publication"),
            // The endpoint is on loopback, where nothing listens: every push fails, and is recorded.
            ["Feeds:AllowInsecureEndpoints"] = "true",
        });
        builder.AddServiceDbContext<PublicationDbContext>("publicationdb");
        builder.Services.AddAuditTrail<PublicationDbContext>("publication");
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddFeedDelivery();
        var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PublicationDbContext>().Database.MigrateAsync();
        return host;
    }

    private static async Task<Guid> DeliveryAsync(IHost host, DateTimeOffset nextAttempt)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PublicationDbContext>();
        var subscription = FeedSubscription.Create("national-panel", "http://127.0.0.1:9/hook", null, null, allowInsecure: true, "operator", TimeProvider.System);
        var item = new FeedItem
        {
            Id = Guid.CreateVersion7(), Recipient = "national-panel", Type = FeedTypes.NotificationMade, Subject = Guid.NewGuid().ToString(),
            Partnership = "northshire", SourceEventId = Guid.NewGuid(), Time = DateTimeOffset.UtcNow, Data = "{}",
        };
        var delivery = FeedDelivery.For(item, subscription, DateTimeOffset.UtcNow);
        delivery.NextAttemptAt = nextAttempt;
        db.AddRange(subscription, item, delivery);
        await db.SaveChangesAsync();
        return delivery.Id;
    }
}
