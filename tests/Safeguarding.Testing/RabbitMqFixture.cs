using Safeguarding.AppHost.Hosting.Servers;
using Xunit;

namespace Safeguarding.Testing;

/// <summary>A real RabbitMQ node for a test class or collection; it can be stopped and started again.</summary>
public sealed class RabbitMqFixture : IAsyncLifetime
{
    private readonly string _directory = TestDirectories.Create("mq");
    private RabbitMqServer? _server;

    public RabbitMqServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public string ConnectionString => Server.ConnectionString;

    public async Task InitializeAsync()
    {
        _server = new RabbitMqServer(new RabbitMqServerOptions(_directory, 0, "tests", "tests-only-password"));
        await _server.StartAsync(CancellationToken.None);
    }

    public Task StopAsync() => Server.StopAsync();

    /// <summary>Starts the node again on the same port, with the data it had.</summary>
    public Task StartAsync() => Server.StartAsync(CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        TestDirectories.Delete(_directory);
    }
}
