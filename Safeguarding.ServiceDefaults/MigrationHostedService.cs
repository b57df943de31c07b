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
