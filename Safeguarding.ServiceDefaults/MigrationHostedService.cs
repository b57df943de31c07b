using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Microsoft.Extensions.Hosting;

internal sealed class MigrationHostedService<TContext>(
    IServiceProvider services,
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
                var context = scope.ServiceProvider.GetRequiredService<TContext>();
                await context.Database.MigrateAsync(cancellationToken);
                logger.LogInformation("Database for {Context} is at the latest migration", typeof(TContext).Name);
                return;
            }
            catch (Exception ex) when (attempt < 10 && ex is NpgsqlException or TimeoutException
                                        || ex.InnerException is NpgsqlException)
            {
                logger.LogWarning(ex, "Migration attempt {Attempt} failed; retrying in {Delay}", attempt, delay);
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
