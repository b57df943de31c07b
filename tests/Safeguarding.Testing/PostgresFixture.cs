using Safeguarding.AppHost.Hosting.Servers;
using Xunit;

namespace Safeguarding.Testing;

/// <summary>A real PostgreSQL server for a test class or collection; each test asks for a fresh database.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private readonly string _directory = TestDirectories.Create("pg");
    private PostgresServer? _server;
    private int _databases;

    public PostgresServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync()
    {
        _server = new PostgresServer(new PostgresServerOptions(_directory, 0, "tests", "tests-only-password"));
        await _server.StartAsync(CancellationToken.None);
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string? prefix = null)
    {
        var name = $"{prefix ?? "test"}_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}".ToLowerInvariant();
        await Server.EnsureDatabaseAsync(name, CancellationToken.None);
        return Server.GetConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        TestDirectories.Delete(_directory);
    }
}
