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
