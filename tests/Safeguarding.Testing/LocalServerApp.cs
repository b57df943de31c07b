using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Safeguarding.AppHost.LocalServers;

namespace Safeguarding.Testing;

/// <summary>
/// One of the app host's local servers on its own, for tests of a library against a real server:
/// an Aspire application with that resource only, its data in a folder of its own.
/// </summary>
public sealed class LocalServerApp : IAsyncDisposable
{
    private readonly string _directory;

    private LocalServerApp(DistributedApplication app, string directory, string resource)
    {
        App = app;
        _directory = directory;
        Resource = resource;
    }

    public DistributedApplication App { get; }

    /// <summary>The app host's data folder for this server (<c>AppHost:DataDirectory</c>).</summary>
    public string DataDirectory => _directory;

    public string Resource { get; }

    public static async Task<LocalServerApp> StartAsync(string prefix, Action<IDistributedApplicationBuilder> declare, string resource)
    {
        var directory = TestDirectories.Create(prefix);
        // The app host's assembly carries the orchestrator's and the dashboard's locations.
        var builder = AppHostAssembly.Run(() => DistributedApplicationTestingBuilder.Create($"--AppHost:DataDirectory={directory}"));
        declare(builder.WithQuietLogging());
        var app = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await app.StartAsync(timeout.Token);
        await app.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
        return new LocalServerApp(app, directory, resource);
    }

    public async Task<string> GetConnectionStringAsync() =>
        await App.GetConnectionStringAsync(Resource) ?? throw new InvalidOperationException($"{Resource} has no connection string.");

    /// <summary>Stops the server as an operator would from the dashboard.</summary>
    public Task StopAsync() => App.StopResourceAsync(Resource);

    /// <summary>Starts it again, with its data and on its port.</summary>
    public Task StartAsync() => App.StartResourceAsync(Resource);

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        TestDirectories.Delete(_directory);
    }
}
