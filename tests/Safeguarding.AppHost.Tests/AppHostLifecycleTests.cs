using Safeguarding.Testing;

namespace Safeguarding.AppHost.Tests;

public sealed class AppHostLifecycleTests
{
    private const int SigInt = 2;
    private const int SigKill = 9;
    private const int SigTerm = 15;
    private static readonly TimeSpan Start = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan Stop = TimeSpan.FromSeconds(15);

    // After a SIGKILL of the app host the orchestrator notices on its own schedule; the issue asks
    // only that nothing is left (and that the next start cleans up).
    private static readonly TimeSpan CleanupAfterKill = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Ctrl_c_to_the_process_group_or_sigterm_to_the_app_host_stops_everything_and_a_killed_app_host_leaves_nothing()
    {
        var data = Path.Combine(Path.GetTempPath(), $"sg-life-{Guid.NewGuid():N}"[..20]);
        var marker = Guid.NewGuid().ToString("N");
        try
        {
            // Ctrl+C in a terminal (SIGINT to the whole group: the orchestrator gets it too), a process
            // manager's stop (SIGTERM to the app host alone) and a crash. SIGTERM to the whole group
            // takes the same paths as these two: the app host stops on either signal, and so does the
            // orchestrator, which is signalled directly in the first case.
            foreach (var (signal, group) in new[] { (SigInt, true), (SigTerm, false), (SigKill, false) })
            {
                using var appHost = new AppHostProcess(data, marker);
                await appHost.WaitForOutputAsync("resources healthy", Start);
                Assert.Contains(AppHostProcess.ProcessesMarkedWith(marker), p => p.Contains("postgres", StringComparison.Ordinal));
                Assert.Contains(AppHostProcess.ProcessesMarkedWith(marker), p => p.Contains("beam", StringComparison.Ordinal));

                var signalled = System.Diagnostics.Stopwatch.StartNew();
                if (group)
                {
                    appHost.SignalGroup(signal);
                }
                else
                {
                    appHost.Signal(signal);
                }

                var what = $"signal {signal} to the {(group ? "process group" : "app host")}";
                Assert.True(await appHost.WaitForExitAsync(Stop), $"{what}: the app host did not exit.\n{appHost.Output}");
                // Once the app host has gone, the orchestrator it leaves behind stops what it ran:
                // everything within 15 s of a termination signal (measured at about 8 s).
                var cleanup = signal == SigKill ? CleanupAfterKill : Stop - signalled.Elapsed;
                await Eventually.TrueAsync(() => Task.FromResult(AppHostProcess.ProcessesMarkedWith(marker).Count == 0),
                    cleanup > TimeSpan.Zero ? cleanup : TimeSpan.Zero,
                    $"no process left within 15 s of {what}: {string.Join("; ", AppHostProcess.ProcessesMarkedWith(marker))}");
            }
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }
}
