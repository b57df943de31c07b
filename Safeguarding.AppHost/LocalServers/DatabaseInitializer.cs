using Microsoft.Extensions.Logging;
using Npgsql;

namespace Safeguarding.AppHost.LocalServers;

/// <summary>Creates a service's database and its roles once the server answers, then marks it running.</summary>
internal static class DatabaseInitializer
{
    public static async Task RunAsync(LocalPostgresDatabaseResource database, InitializeResourceEvent e, CancellationToken cancellationToken)
    {
        var notifications = e.Notifications;
        try
        {
            if (database.Server is LocalPostgresServerResource)
            {
                await notifications.WaitForResourceHealthyAsync(database.Server.Name, cancellationToken);
            }

            await notifications.PublishUpdateAsync(database, s => s with { State = KnownResourceStates.Starting });
            var server = ServerConnection.Of(await database.Server.ConnectionStringExpression.GetValueAsync(cancellationToken)
                ?? throw new InvalidOperationException($"'{database.Server.Name}' has no connection string.")).ConnectionString;
            var (owner, app) = await CreateWithRetriesAsync(server, database.Name, e.Logger, cancellationToken);
            database.MigrationConnectionString.Set(owner);
            database.AppConnection.Set(app);

            var address = new NpgsqlConnectionStringBuilder(server);
            await notifications.PublishUpdateAsync(database, s => s with
            {
                State = KnownResourceStates.Running,
                StartTimeStamp = DateTime.UtcNow,
                Properties = s.Properties.With("postgres.database", $"{address.Host}:{address.Port}/{database.Name}"),
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            e.Logger.LogError(ex, "Could not create database {Database}", database.Name);
            await notifications.PublishUpdateAsync(database, s => s with { State = KnownResourceStates.FailedToStart });
        }
    }

    private static async Task<(string Owner, string App)> CreateWithRetriesAsync(string server, string name, ILogger logger, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await EnsureDatabaseAsync(server, name, cancellationToken);
                return await DatabaseRoles.EnsureAsync(server, name, cancellationToken);
            }
            catch (NpgsqlException ex) when (attempt < 60 && ex is not PostgresException)
            {
                logger.LogWarning("PostgreSQL is not answering yet ({Reason}); trying again", ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    private static async Task EnsureDatabaseAsync(string server, string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.AddWithValue(database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"")}\"", connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Created by a concurrent start: the outcome wanted.
        }
    }
}
