using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Safeguarding.Publication.Api.Infrastructure;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>
/// Pushes due deliveries. Each pass claims a batch with <c>FOR UPDATE SKIP LOCKED</c> and leases it
/// (moves its next attempt past the push's timeout), so replicas never send the same delivery at
/// once; each result is saved as soon as it is known.
/// </summary>
public sealed class FeedDispatcher(IServiceScopeFactory scopes, IOptions<FeedOptions> options, TimeProvider clock, ILogger<FeedDispatcher> logger)
    : BackgroundService
{
    private const int BatchSize = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await PassAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // PostgreSQL down or restarting: the deliveries wait in the table for the next pass.
                logger.LogWarning(ex, "A pass of the feed dispatcher failed; it runs again shortly");
            }

            if (sent < BatchSize)
            {
                await Task.Delay(options.Value.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    public async Task<int> PassAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PublicationDbContext>();
        var now = clock.GetUtcNow();
        var lease = now + options.Value.Timeout + TimeSpan.FromSeconds(30);
        var claimed = await db.Database.SqlQuery<Guid>($"""
            UPDATE feed_deliveries SET next_attempt_at = {lease}
            WHERE id IN (SELECT id FROM feed_deliveries WHERE status = 'pending' AND next_attempt_at <= {now}
                         ORDER BY next_attempt_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(ct);
        foreach (var id in claimed)
        {
            await DeliverAsync(scope.ServiceProvider, id, ct);
        }

        return claimed.Count;
    }

    private async Task DeliverAsync(IServiceProvider services, Guid id, CancellationToken ct)
    {
        var db = services.GetRequiredService<PublicationDbContext>();
        db.ChangeTracker.Clear();
        var delivery = await db.FeedDeliveries.FirstAsync(d => d.Id == id, ct);
        var item = await db.FeedItems.AsNoTracking().FirstAsync(i => i.Id == delivery.FeedItemId, ct);
        var subscription = await db.FeedSubscriptions.AsNoTracking().FirstAsync(s => s.Id == delivery.SubscriptionId, ct);
        if (!subscription.Active)
        {
            delivery.Abandon(clock.GetUtcNow(), "the subscription was removed");
            await db.SaveChangesAsync(ct);
            return;
        }

        var (status, error, ms) = await services.GetRequiredService<WebhookSender>().SendAsync(item, subscription, ct);
        var at = clock.GetUtcNow();
        if (error is null)
        {
            delivery.Succeeded(at, status!.Value, ms);
            await services.GetRequiredService<FeedAcknowledgements>().DeliveredAsync(item, "push", ct);
            FeedTelemetry.Delivered.Add(1);
        }
        else
        {
            delivery.Failed(at, status, error, ms, options.Value.Retry, Random.Shared.NextDouble());
            FeedTelemetry.Failed.Add(1);
            if (delivery.Status == DeliveryStatus.DeadLettered)
            {
                FeedTelemetry.DeadLettered.Add(1);
                logger.LogWarning("Delivery {DeliveryId} to {Recipient} is dead-lettered after {Attempts} attempts", delivery.Id, delivery.Recipient, delivery.Attempts.Count);
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
