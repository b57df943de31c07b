using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Safeguarding.AppHost.LocalServers;

namespace Safeguarding.Testing;

/// <summary>What tests ask of a running Aspire application beyond Aspire.Hosting.Testing's own helpers.</summary>
public static class DistributedApplicationExtensions
{
    public static IResource Resource(this DistributedApplication app, string name) =>
        app.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == name);

    /// <summary>The environment a project is given: the runtime contract it receives.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> GetEnvironmentAsync(this DistributedApplication app, string name)
    {
#pragma warning disable CS0618 // Evaluates the same callbacks the orchestrator runs; the replacement builder needs far more set-up.
        return await ((IResourceWithEnvironment)app.Resource(name)).GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Run);
#pragma warning restore CS0618
    }

    /// <summary>Ends a resource's process tree abruptly (SIGKILL), as a crash would.</summary>
    public static async Task KillAsync(this DistributedApplication app, string name)
    {
        using var process = Process.GetProcessById(await ProcessIdAsync(app, name));
        process.Kill(entireProcessTree: true);
    }

    /// <summary>Stops a resource as an operator would from the dashboard; it stays stopped.</summary>
    public static async Task StopResourceAsync(this DistributedApplication app, string name)
    {
        await app.ResourceCommands.ExecuteCommandAsync(name, KnownResourceCommands.StopCommand);
        await app.ResourceNotifications.WaitForResourceAsync(name, KnownResourceStates.TerminalStates);
    }

    /// <summary>Starts a stopped resource again and waits until it is healthy.</summary>
    public static async Task StartResourceAsync(this DistributedApplication app, string name)
    {
        await app.ResourceCommands.ExecuteCommandAsync(name, KnownResourceCommands.StartCommand);
        await app.WaitUntilHealthyAsync(name);
    }

    /// <summary>Waits (up to two minutes) until a resource is running and healthy once more.</summary>
    public static async Task WaitUntilHealthyAsync(this DistributedApplication app, string name)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await app.ResourceNotifications.WaitForResourceAsync(name,
            e => e.Snapshot.State?.Text == KnownResourceStates.Running
                 && e.Snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, timeout.Token);
    }

    public static async Task<int> ProcessIdAsync(this DistributedApplication app, string name)
    {
        var snapshot = (await CurrentAsync(app, name)).Snapshot;
        var pid = snapshot.Properties.FirstOrDefault(p => p.Name.EndsWith(".pid", StringComparison.Ordinal))?.Value
                  ?? throw new InvalidOperationException($"{name} has no process id.");
        return Convert.ToInt32(pid, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>How many times the app host has started the resource again after it exited unasked.</summary>
    public static async Task<int> RestartsAsync(this DistributedApplication app, string name) =>
        (await CurrentAsync(app, name)).Snapshot.Properties.FirstOrDefault(p => p.Name == RestartOnExitAnnotation.RestartsProperty)?.Value is { } value
            ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)
            : 0;

    private static Task<ResourceEvent> CurrentAsync(DistributedApplication app, string name) =>
        app.ResourceNotifications.WaitForResourceAsync(name, _ => true);
}
