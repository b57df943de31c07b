using System.Collections.Concurrent;
using System.Diagnostics;
using Safeguarding.AppHost.LocalServers;
using Microsoft.Extensions.Logging;

namespace Safeguarding.AppHost;

/// <summary>
/// Prints each resource's state changes on the console, and one line once every resource is
/// running and healthy: what someone at the terminal, or a script waiting for the system, needs.
/// </summary>
public sealed class ConsoleStatus(
    ResourceNotificationService notifications,
    DistributedApplicationModel model,
    ResourceLoggerService logs,
    ILogger<ConsoleStatus> logger) : IResourceWatcher
{
    private readonly ConcurrentDictionary<string, string> _states = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _hidden = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);
    private readonly Stopwatch _sinceStart = Stopwatch.StartNew();
    private bool _announced;

    public async Task WatchAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var change in notifications.WatchAsync(stoppingToken))
            {
                if (change.Snapshot.IsHidden)
                {
                    _hidden.TryAdd(change.Resource.Name, true);
                    continue;
                }

                _seen.TryAdd(change.Resource.Name, true);

                var state = change.Snapshot.State?.Text ?? "";
                var health = change.Snapshot.HealthStatus?.ToString() ?? "";
                var summary = string.IsNullOrEmpty(health) || state != KnownResourceStates.Running ? state : $"{state} ({health})";
                if (string.IsNullOrEmpty(summary) || _states.TryGetValue(change.ResourceId, out var previous) && previous == summary)
                {
                    continue;
                }

                _states[change.ResourceId] = summary;
                var exit = change.Snapshot.ExitCode is { } code && state != KnownResourceStates.Running ? $", exit code {code}" : "";
                logger.LogInformation("{Resource}: {State}{Exit}", change.ResourceId, summary, exit);
                if (state == KnownResourceStates.Finished || state == KnownResourceStates.Exited || state == KnownResourceStates.FailedToStart)
                {
                    await ShowLastWordsAsync(change.ResourceId);
                }

                if (!_announced && model.Resources.All(r => _hidden.ContainsKey(r.Name) || _seen.ContainsKey(r.Name)) && _states.Values.All(s => s == "Running (Healthy)"))
                {
                    _announced = true;
                    logger.LogInformation("All {Count} resources healthy in {Seconds:F1} s", _states.Count, _sinceStart.Elapsed.TotalSeconds);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>The last lines a resource printed usually say why it ended (a port taken, a database unreachable).</summary>
    private async Task ShowLastWordsAsync(string resourceId)
    {
        var lines = new List<string>();
        await foreach (var batch in logs.GetAllAsync(resourceId))
        {
            lines.AddRange(batch.Select(l => l.Content));
        }

        foreach (var line in lines.TakeLast(8))
        {
            logger.LogWarning("{Resource} | {Line}", resourceId, line);
        }
    }
}
