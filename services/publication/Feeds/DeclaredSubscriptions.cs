using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Safeguarding.Publication.Api.Infrastructure;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>
/// Makes the subscriptions the deployment declares (<c>Feeds:Subscriptions</c>) on start, after the
/// migrations: a declared subscription takes its secret from the configuration, and one the
/// configuration no longer declares stops. Subscriptions operators made are left alone.
/// </summary>
public sealed class DeclaredSubscriptions(IServiceScopeFactory scopes, IOptions<FeedOptions> options, TimeProvider clock, ILogger<DeclaredSubscriptions> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PublicationDbContext>();
        // Replicas starting together take turns, so each declared subscription is made once.
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
            await DeclareAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        logger.LogInformation("{Count} declared feed subscriptions", options.Value.Subscriptions.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private const long LockKey = 0x5346_4545_4453; // "SFEEDS"

    private async Task DeclareAsync(PublicationDbContext db, CancellationToken ct)
    {
        var existing = await db.FeedSubscriptions.Where(s => s.Declared && s.Active).ToListAsync(ct);
        foreach (var declared in options.Value.Subscriptions)
        {
            if (!FeedRecipients.All.Contains(declared.Recipient) || !FeedSecrets.Valid(declared.Secret))
            {
                throw new InvalidOperationException($"Feeds:Subscriptions for '{declared.Recipient}' needs a recipient ({string.Join(", ", FeedRecipients.All)}) and a whsec_ secret.");
            }

            if (existing.FirstOrDefault(s => s.Recipient == declared.Recipient && s.Endpoint == declared.Endpoint) is { } same)
            {
                same.Secret = declared.Secret;
                same.EventTypes = [.. declared.EventTypes];
                existing.Remove(same);
                continue;
            }

            db.FeedSubscriptions.Add(FeedSubscription.Create(declared.Recipient, declared.Endpoint, declared.EventTypes, declared.Secret,
                options.Value.AllowInsecureEndpoints, "configuration", clock, declared: true));
        }

        existing.ForEach(s => s.Active = false);
        await db.SaveChangesAsync(ct);
    }
}
