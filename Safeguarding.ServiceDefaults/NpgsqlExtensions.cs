using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Safeguarding.ServiceDefaults.Resilience;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// A service's database through Aspire's Npgsql EF Core client integration (the connection string
/// from <c>ConnectionStrings:&lt;name&gt;</c>, a pooled context, a health check, Npgsql's traces and
/// metrics), with what this platform needs on top: brief retries within a budget (<see cref="BriefDatabaseRetries"/>),
/// so that a request answers 503 within two seconds while PostgreSQL is down (the background workers wait out a longer outage
/// themselves), and traces only of commands that belong to traced work, so that an empty outbox
/// poll does not start a trace of its own every second.
/// </summary>
public static class NpgsqlExtensions
{
    public static IHostApplicationBuilder AddServiceDbContext<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        builder.AddNpgsqlDbContext<TContext>(connectionName,
            settings => settings.DisableRetry = true,
            options => options.UseNpgsql(npgsql =>
            {
                npgsql.ExecutionStrategy(dependencies => new BriefDatabaseRetries(dependencies));
                npgsql.ConfigureDataSource(dataSource => dataSource.ConfigureTracing(tracing =>
                    tracing.ConfigureCommandFilter(_ => System.Diagnostics.Activity.Current is not null)));
            })
            // A failed connection, command or query is reported once, by whoever handles it: the
            // request's 503 or the worker's retry. EF Core's own report of it, with the whole stack,
            // for every attempt, turned an outage into a storm of log lines.
            .ConfigureWarnings(warnings => warnings.Log(
                (RelationalEventId.ConnectionError, LogLevel.Debug),
                (RelationalEventId.CommandError, LogLevel.Debug),
                (CoreEventId.QueryIterationFailed, LogLevel.Debug),
                (CoreEventId.SaveChangesFailed, LogLevel.Debug))));
        builder.Services.AddSingleton(new DatabaseConnectionName<TContext>(connectionName));
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
}
