using Safeguarding.AppHost.LocalServers;
using Xunit;

namespace Safeguarding.Testing;

/// <summary>A real RabbitMQ node for a test class or collection; it can be stopped and started again.</summary>
public sealed class RabbitMqFixture : IAsyncLifetime
{
    private LocalServerApp? _server;

    public string ConnectionString { get; private set; } = "";

    public LocalServerApp Server => _server ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>The app host's data folder holding this server's files.</summary>
    public string DataDirectory => (_server ?? throw new InvalidOperationException("The server has not started.")).DataDirectory;

    public async Task InitializeAsync()
    {
        _server = await LocalServerApp.StartAsync("mq", b => b.AddMessagingServer("messaging"), "messaging");
        ConnectionString = await _server.GetConnectionStringAsync();
    }

    public Task StopAsync() => Server.StopAsync();

    /// <summary>Starts the node again on the same port, with the data it had.</summary>
    public Task StartAsync() => Server.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
