using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Safeguarding.AppHost.LocalServers;

/// <summary>Healthy when the server answers a query on the resource's own connection string.</summary>
internal sealed class PostgresHealthCheck(IResourceWithConnectionString resource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (resource is LocalPostgresDatabaseResource { AppConnection.IsKnown: false })
        {
            return HealthCheckResult.Unhealthy("The database and its roles are not ready yet.");
        }

        try
        {
            var connectionString = await resource.ConnectionStringExpression.GetValueAsync(cancellationToken);
            var builder = ServerConnection.Of(connectionString!);
            builder.Timeout = 2;
            builder.Pooling = false;
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy($"PostgreSQL does not answer: {ex.Message}");
        }
    }
}
