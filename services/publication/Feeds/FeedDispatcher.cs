using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Safeguarding.Publication.Api.Infrastructure;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>
/// Pushes due deliveries, one at a time per claim: each is claimed with <c>FOR UPDATE SKIP LOCKED</c>
/// and leased (its next attempt moved past the push's timeout), so replicas never send the same
/// delivery at once, and a push is only recorded by the pass that holds its lease. Whatever goes
/// wrong with one push is recorded as a failed attempt on the schedule; a receipt of a final report
/// is saved after the delivery, so a busy publication never costs the delivery its answer.
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

    /// <summary>Sends up to <see cref="BatchSize"/> due deliveries; how many it sent.</summary>
    public async Task<int> PassAsync(CancellationToken ct)
    {
        var sent = 0;
        for (; sent < BatchSize; sent++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var (id, lease) = await ClaimAsync(scope.ServiceProvider.GetRequiredService<PublicationDbContext>(), ct);
            if (id == Guid.Empty)
            {
                break;
            }

            await DeliverAsync(scope.ServiceProvider, id, lease, ct);
        }

        return sent;
    }

    private async Task<(Guid Id, DateTimeOffset Lease)> ClaimAsync(PublicationDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // Whole microseconds, as PostgreSQL keeps them, so that the lease read back compares equal.
        var lease = new DateTimeOffset((now + options.Value.Timeout + TimeSpan.FromSeconds(30)).UtcTicks / 10 * 10, TimeSpan.Zero);
        // Nothing is scheduled further ahead than the longest retry delay or a lease: a next attempt
        // beyond that was set by a clock that has since moved back, and is due now.
        var stranded = now + Max(options.Value.Retry.MaxDelay, lease - now) + TimeSpan.FromMinutes(1);
        var claimed = await db.Database.SqlQuery<Guid>($"""
            UPDATE feed_deliveries SET next_attempt_at = {lease}
            WHERE id = (SELECT id FROM feed_deliveries WHERE status = 'pending' AND (next_attempt_at <= {now} OR next_attempt_at > {stranded})
                        ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(ct);
        return (claimed.FirstOrDefault(), lease);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private async Task DeliverAsync(IServiceProvider services, Guid id, DateTimeOffset lease, CancellationToken ct)
    {
        var db = services.GetRequiredService<PublicationDbContext>();
        var delivery = await db.FeedDeliveries.FirstAsync(d => d.Id == id, ct);
        if (delivery.Status != DeliveryStatus.Pending || delivery.NextAttemptAt != lease)
        {
            return; // Replayed or claimed again since: the pass that holds it now records it.
        }

        var item = await db.FeedItems.AsNoTracking().FirstAsync(i => i.Id == delivery.FeedItemId, ct);
        var subscription = await db.FeedSubscriptions.AsNoTracking().FirstAsync(s => s.Id == delivery.SubscriptionId, ct);
        if (!subscription.Active)
        {
            // Replaced (a declared endpoint that moved): the recipient's current subscription that wants the item takes it over.
            var successor = (await db.FeedSubscriptions.AsNoTracking().Where(s => s.Recipient == delivery.Recipient && s.Active)
                .OrderByDescending(s => s.CreatedAt).ToListAsync(ct)).FirstOrDefault(s => s.Wants(item.Type));
            if (successor is null)
            {
                delivery.Abandon(clock.GetUtcNow(), "the subscription was removed");
                await SaveAsync(db, delivery, ct);
                return;
            }

            delivery.MoveTo(successor.Id);
            subscription = successor;
        }

        var (status, error, ms) = await SendAsync(services, item, subscription, ct);
        var at = clock.GetUtcNow();
        if (error is null)
        {
            delivery.Succeeded(at, status!.Value, ms);
            FeedTelemetry.Delivered.Add(1);
            // What may identify a child has left the partnership: on the record, by what it is about.
            if (FeedMinimisation.Identifying(FeedEntry.From(item)) is (var resource, var fields))
            {
                services.GetRequiredService<Safeguarding.ServiceDefaults.Audit.IAuditTrail>().Record("push", resource, item.Subject, fields);
            }
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

        if (!await SaveAsync(db, delivery, ct))
        {
            return;
        }

        if (error is null)
        {
            await services.GetRequiredService<FeedAcknowledgements>().ReceivedAsync(item, "push", ct);
        }
    }

    /// <summary>False when another replica claimed the delivery since (its lease ran out): that pass records it.</summary>
    private async Task<bool> SaveAsync(PublicationDbContext db, FeedDelivery delivery, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Delivery {DeliveryId} was claimed again by another pass before this one recorded it", delivery.Id);
            return false;
        }
    }

    private async Task<(int? Status, string? Error, int DurationMs)> SendAsync(IServiceProvider services, FeedItem item, FeedSubscription subscription,
        CancellationToken ct)
    {
        try
        {
            return await services.GetRequiredService<WebhookSender>().SendAsync(item, subscription, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // A push that could not even be made (a secret that no longer reads, a refused address) is a failed attempt like any other.
            logger.LogWarning("A push of delivery to {Recipient} could not be made: {Error}", subscription.Recipient, ex.GetType().Name);
            return (null, ex is HttpRequestException ? ex.Message : ex.GetType().Name, 0);
        }
    }
}
