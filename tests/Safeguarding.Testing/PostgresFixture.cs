using Npgsql;
using Safeguarding.AppHost.LocalServers;
using Xunit;

namespace Safeguarding.Testing;

/// <summary>A real PostgreSQL server for a test class or collection; each test asks for a fresh database.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private LocalServerApp? _server;
    private int _databases;

    /// <summary>The server's superuser connection string (no database named).</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The app host's data folder holding this server's files.</summary>
    public string DataDirectory => (_server ?? throw new InvalidOperationException("The server has not started.")).DataDirectory;

    public async Task InitializeAsync()
    {
        _server = await LocalServerApp.StartAsync("pg", b => b.AddPostgresServer("postgres"), "postgres");
        ConnectionString = await _server.GetConnectionStringAsync();
    }

    public string GetConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string? prefix = null)
    {
        var name = $"{prefix ?? "test"}_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}".ToLowerInvariant();
        await using var connection = new NpgsqlConnection(GetConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return GetConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
