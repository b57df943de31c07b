using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Safeguarding.ServiceDefaults.Resilience;

namespace Microsoft.Extensions.Hosting;

internal sealed class MigrationHostedService<TContext>(
    IServiceProvider services,
    IConfiguration configuration,
    ILogger<MigrationHostedService<TContext>> logger) : IHostedService
    where TContext : DbContext
{
    private static readonly ActivitySource Source = new("Safeguarding.Migrations");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var activity = Source.StartActivity($"Migrate {typeof(TContext).Name}");
        var delay = TimeSpan.FromMilliseconds(250);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                await using var owned = OwnerContext(scope.ServiceProvider);
                var context = owned ?? scope.ServiceProvider.GetRequiredService<TContext>();
                await RefuseUnknownMigrationsAsync(context, cancellationToken);
                await context.Database.MigrateAsync(cancellationToken);
                logger.LogInformation("Database for {Context} is at the latest migration", typeof(TContext).Name);
                return;
            }
            catch (Exception ex) when (TransientFailure.IsTransient(ex) && !cancellationToken.IsCancellationRequested)
            {
                // The service cannot serve without its schema: it waits, however long PostgreSQL is away.
                logger.LogWarning("Migration attempt {Attempt} found PostgreSQL unavailable ({Error}); retrying in {Delay}",
                    attempt, ex.GetType().Name, delay);
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }
    }

    /// <summary>
    /// A database made by an earlier build, whose migrations were since folded into one, would fail
    /// half-way through the first; say plainly what to do instead.
    /// </summary>
    private static async Task RefuseUnknownMigrationsAsync(TContext context, CancellationToken ct)
    {
        var unknown = (await context.Database.GetAppliedMigrationsAsync(ct)).Except(context.Database.GetMigrations()).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database for {typeof(TContext).Name} was made by an earlier build (it holds the migrations {string.Join(", ", unknown)}, " +
                "which this build does not have). Stop the app host and reset the data folder (rm -rf .data) to start afresh.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A context on the database owner's connection, when one is configured.</summary>
    private TContext? OwnerContext(IServiceProvider scoped)
    {
        var name = scoped.GetService<NpgsqlExtensions.DatabaseConnectionName<TContext>>()?.Name;
        if (name is null || configuration.GetConnectionString($"{name}-migrations") is not { Length: > 0 } owner)
        {
            return null;
        }

        var options = new DbContextOptionsBuilder<TContext>()
            .UseNpgsql(owner, npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 6, maxRetryDelay: TimeSpan.FromSeconds(10), errorCodesToAdd: null))
            .Options;
        return ActivatorUtilities.CreateInstance<TContext>(scoped, options);
    }
}
