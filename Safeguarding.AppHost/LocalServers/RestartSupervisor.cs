using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Safeguarding.AppHost.LocalServers;

/// <summary>Watches every resource marked with <see cref="RestartOnExitAnnotation"/> and restarts it with backoff.</summary>
public sealed class RestartSupervisor(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    ResourceLoggerService logs) : IResourceWatcher
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StableAfter = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Supervised> _resources = new(StringComparer.Ordinal);

    public async Task WatchAsync(CancellationToken stopping)
    {
        try
        {
            await foreach (var change in notifications.WatchAsync(stopping))
            {
                if (change.Resource.HasAnnotationOfType<RestartOnExitAnnotation>())
                {
                    Observe(change, stopping);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private void Observe(ResourceEvent change, CancellationToken cancellationToken)
    {
        var state = _resources.GetOrAdd(change.ResourceId, _ => new Supervised());
        var text = change.Snapshot.State?.Text;
        lock (state)
        {
            if (text == KnownResourceStates.Running && state.RunningSince is null)
            {
                state.RunningSince = DateTime.UtcNow;
                state.StopAsked = false;
                state.RestartPending = false;
            }
            else if (text == KnownResourceStates.Stopping)
            {
                // Asked to stop (the dashboard, a test): an exit now is no crash.
                state.StopAsked = true;
            }
            // Any exit not asked for, whatever its code: RabbitMQ's start script ends with 0 even when
            // its Erlang VM was killed.
            else if ((text == KnownResourceStates.Exited || text == KnownResourceStates.Finished || text == KnownResourceStates.FailedToStart)
                     && !state.RestartPending && !state.StopAsked && !cancellationToken.IsCancellationRequested)
            {
                if (state.RunningSince is { } since && DateTime.UtcNow - since > StableAfter)
                {
                    state.Delay = FirstDelay;
                }

                state.RunningSince = null;
                state.RestartPending = true;
                state.Restarts++;
                var delay = state.Delay;
                state.Delay = TimeSpan.FromTicks(Math.Min(state.Delay.Ticks * 2, MaxDelay.Ticks));
                _ = RestartAsync(change, state.Restarts, delay, cancellationToken);
            }
            else if (text is not null && text != KnownResourceStates.Running)
            {
                state.RunningSince = null;
            }
        }
    }

    private async Task RestartAsync(ResourceEvent change, int restarts, TimeSpan delay, CancellationToken cancellationToken)
    {
        var logger = logs.GetLogger(change.ResourceId);
        logger.LogWarning("Exited unasked with code {ExitCode}; starting it again in {Delay} s (restart {Restarts})",
            change.Snapshot.ExitCode, delay.TotalSeconds, restarts);
        await notifications.PublishUpdateAsync(change.Resource, change.ResourceId, s => s with
        {
            Properties = s.Properties.With(RestartOnExitAnnotation.RestartsProperty, restarts),
        });

        try
        {
            await Task.Delay(delay, cancellationToken);
            var result = await commands.ExecuteCommandAsync(change.ResourceId, KnownResourceCommands.StartCommand, cancellationToken);
            if (!result.Success)
            {
                logger.LogError("Could not start it again: {Error}", result.Message);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private sealed class Supervised
    {
        public DateTime? RunningSince { get; set; }

        public bool StopAsked { get; set; }

        public bool RestartPending { get; set; }

        public int Restarts { get; set; }

        public TimeSpan Delay { get; set; } = FirstDelay;
    }
}
