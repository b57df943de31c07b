namespace Safeguarding.AppHost.Hosting.Testing;

/// <summary>
/// Starts a model for a test, as <c>Aspire.Hosting.Testing</c> does: free ports for every endpoint, a
/// data folder of its own that is deleted afterwards, quiet console.
/// </summary>
public static class DistributedApplicationTestingBuilder
{
    public static DistributedApplication Create(Action<IDistributedApplicationBuilder> declare, Action<DistributedApplicationOptions>? configure = null)
    {
        var options = new DistributedApplicationOptions
        {
            DataDirectory = Path.Combine(Path.GetTempPath(), $"sg-app-{Guid.NewGuid():N}"[..22]),
            DeleteDataOnDispose = true,
            RandomPorts = true,
            ReportToConsole = false,
            EnvironmentName = "Development",
        };
        configure?.Invoke(options);
        var builder = DistributedApplication.CreateBuilder(options);
        declare(builder);
        return builder.Build();
    }

    /// <summary>Creates and starts the model, returning once every resource is healthy.</summary>
    public static async Task<DistributedApplication> StartAsync(
        Action<IDistributedApplicationBuilder> declare,
        TimeSpan timeout,
        Action<DistributedApplicationOptions>? configure = null)
    {
        var app = Create(declare, configure);
        try
        {
            using var cts = new CancellationTokenSource(timeout);
            await app.StartAsync(cts.Token);
            await app.WaitForAllHealthyAsync(cts.Token);
            return app;
        }
        catch
        {
            var states = string.Join("; ", app.Resources.Select(r => $"{r.Name}={r.State.Status} {r.State.LastError}"));
            await app.DisposeAsync();
            throw new InvalidOperationException($"The application did not become healthy: {states}");
        }
    }
}
