using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// PostgreSQL registrations shaped like Aspire's Npgsql client integrations: the connection string
/// comes from <c>ConnectionStrings:&lt;name&gt;</c>, with a health check, the Npgsql trace source and
/// metrics, and retries with backoff for transient failures.
/// </summary>
public static class NpgsqlExtensions
{
    public static TBuilder AddNpgsqlDataSource<TBuilder>(this TBuilder builder, string connectionName)
        where TBuilder : IHostApplicationBuilder
    {
        var connectionString = builder.Configuration.GetRequiredConnectionString(connectionName);
        // A command with no trace to join (an empty outbox poll, a health probe) would start a trace
        // of its own every second and push real requests out of view: only traced work is traced.
        builder.Services.AddNpgsqlDataSource(connectionString, dataSource => dataSource.ConfigureTracing(tracing =>
            tracing.ConfigureCommandFilter(_ => System.Diagnostics.Activity.Current is not null)));
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            $"postgres-{connectionName}",
            sp => new NpgsqlHealthCheck(sp.GetRequiredService<NpgsqlDataSource>()),
            HealthStatus.Unhealthy,
            ["ready"]));
        builder.Services.AddOpenTelemetry().WithMetrics(m => m.AddMeter("Npgsql"));
        return builder;
    }

    /// <summary>
    /// Registers <typeparamref name="TContext"/> on the named database, with connection resiliency
    /// (a brief retry of a transient failure) and a health check.
    /// </summary>
    public static TBuilder AddNpgsqlDbContext<TContext, TBuilder>(this TBuilder builder, string connectionName)
        where TContext : DbContext
        where TBuilder : IHostApplicationBuilder
    {
        builder.AddNpgsqlDataSource(connectionName);
        builder.Services.AddSingleton(new DatabaseConnectionName<TContext>(connectionName));
        builder.Services.AddDbContextPool<TContext>((sp, options) =>
            options.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>(), npgsql =>
                // Retries are brief: a request must answer 503 within two seconds while the server
                // is down, and the background workers wait out a longer outage themselves.
                npgsql.EnableRetryOnFailure(maxRetryCount: 2, maxRetryDelay: TimeSpan.FromMilliseconds(400), errorCodesToAdd: null)));
        return builder;
    }

    /// <summary>
    /// Applies pending EF Core migrations before the service starts taking requests, retrying while
    /// the database server is still coming up. When the app host hands over the database owner's
    /// connection (<c>ConnectionStrings:&lt;name&gt;-migrations</c>), migrations run as the owner and
    /// the service itself runs as a role that can only read and write rows.
    /// </summary>
    public static IServiceCollection AddMigration<TContext>(this IServiceCollection services)
        where TContext : DbContext =>
        services.AddHostedService<MigrationHostedService<TContext>>();

    /// <summary>Which <c>ConnectionStrings</c> entry a context's database comes from.</summary>
    internal sealed record DatabaseConnectionName<TContext>(string Name) where TContext : DbContext;

    private sealed class NpgsqlHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await using var command = dataSource.CreateCommand("SELECT 1");
                await command.ExecuteScalarAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, "PostgreSQL is not reachable.", ex);
            }
        }
    }
}
