using Aspire.Hosting.ApplicationModel;
using Safeguarding.Testing;

namespace Safeguarding.AppHost.Tests;

/// <summary>A local server that dies is started again; one stopped on purpose stays stopped.</summary>
public sealed class RestartOnExitTests(RabbitMqFixture rabbitMq) : IClassFixture<RabbitMqFixture>
{
    [Fact]
    public async Task RabbitMQ_stopped_by_command_stays_stopped_and_started_again_after_its_erlang_vm_is_killed()
    {
        var app = rabbitMq.Server.App;
        await rabbitMq.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(5));
        var stopped = await app.ResourceNotifications.WaitForResourceAsync("messaging", _ => true);
        Assert.Contains(stopped.Snapshot.State?.Text, KnownResourceStates.TerminalStates);
        Assert.Equal(0, await app.RestartsAsync("messaging"));

        await rabbitMq.StartAsync();
        // Killing the VM alone, as a crash or the kernel's out-of-memory killer would: its start
        // script then exits with code 0.
        using (var beam = System.Diagnostics.Process.GetProcessById(ErlangVm(rabbitMq.DataDirectory)))
        {
            beam.Kill();
        }

        await Eventually.TrueAsync(async () => await app.RestartsAsync("messaging") == 1, TimeSpan.FromSeconds(30), "a restart");
        await app.WaitUntilHealthyAsync("messaging");
    }

    private static int ErlangVm(string dataDirectory) =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0)
            .First(pid =>
            {
                try
                {
                    return File.ReadAllText($"/proc/{pid}/comm").StartsWith("beam", StringComparison.Ordinal)
                           && File.ReadAllText($"/proc/{pid}/cmdline").Contains(dataDirectory, StringComparison.Ordinal);
                }
                catch (IOException)
                {
                    return false;
                }
            });
}
