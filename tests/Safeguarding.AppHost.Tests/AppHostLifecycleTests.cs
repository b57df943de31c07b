using Safeguarding.AppHost.Hosting;

namespace Safeguarding.AppHost.Tests;

public sealed class AppHostLifecycleTests
{
    private static readonly TimeSpan Start = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_hard_killed_app_host_leaves_processes_that_the_next_start_cleans_up_and_sigterm_leaves_none()
    {
        var data = Path.Combine(Path.GetTempPath(), $"sg-life-{Guid.NewGuid():N}"[..20]);
        try
        {
            using (var first = new AppHostProcess(data))
            {
                await first.WaitForOutputAsync("resources healthy", Start);
                Assert.NotEmpty(Owned(data));

                first.Signal(ProcessTools.SigKill);
                Assert.True(await first.WaitForExitAsync(TimeSpan.FromSeconds(10)));
            }

            // Nothing stopped the servers and services: they outlive the killed app host.
            Assert.NotEmpty(Owned(data));

            using (var second = new AppHostProcess(data))
            {
                await second.WaitForOutputAsync("resources healthy", Start);
                Assert.Contains("left running by an earlier", second.Output);

                // What Ctrl+C or a service manager sends.
                second.Signal(ProcessTools.SigTerm);
                Assert.True(await second.WaitForExitAsync(TimeSpan.FromMinutes(1)), second.Output);
                Assert.Contains("no process left running", second.Output);
            }

            Assert.Empty(Owned(data));
        }
        finally
        {
            foreach (var owner in Owners(data))
            {
                await ProcessTools.KillOwnedProcessesAsync(owner, TimeSpan.FromSeconds(5));
            }

            Directory.Delete(data, recursive: true);
        }
    }

    private static string[] Owners(string data) =>
        [Path.Combine(data, "projects"), Path.Combine(data, "postgres"), Path.Combine(data, "messaging")];

    private static List<int> Owned(string data) => Owners(data).SelectMany(ProcessTools.FindOwnedProcesses).ToList();
}
