using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Safeguarding.AppHost.LocalServers;

namespace Safeguarding.AppHost.Tests;

/// <summary>
/// The real app host, run as the README's run command runs it, in a process group of its own (as a
/// terminal or a supervisor starts it), on free ports. Every process it starts carries a marker in
/// its environment, so that a test can find any that is left behind.
/// </summary>
internal sealed class AppHostProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    public AppHostProcess(string dataDirectory, string marker)
    {
        // The app host's own build, in the configuration the tests were built in (bin/<Configuration>/net10.0).
        var configuration = Path.GetFileName(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)));
        var appHost = Path.Combine(DataFolder.RepositoryRoot,
            "Safeguarding.AppHost", "bin", configuration!, "net10.0", "Safeguarding.AppHost.dll");
        var info = new ProcessStartInfo("setsid")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--wait", "dotnet", appHost, $"--AppHost:DataDirectory={dataDirectory}", "--AppHost:RandomPorts=true" })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_URLS"] = $"http://localhost:{FreePort.Next()}";
        info.Environment["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://localhost:{FreePort.Next()}";
        info.Environment["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true";
        info.Environment[MarkerVariable] = marker;
        _process = new Process { StartInfo = info };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public const string MarkerVariable = "SAFEGUARDING_TEST_RUN";

    public string Output => string.Join('\n', _lines);

    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!_lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The app host did not print '{text}'. Output:\n{Output}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>The app host's pid, which is also its process group's id: setsid makes it the leader of a new session.</summary>
    private int AppHostId
    {
        get
        {
            // setsid executes the app host in place unless it had to fork to leave a process group.
            if (File.ReadAllText($"/proc/{_process.Id}/comm").Trim() != "setsid")
            {
                return _process.Id;
            }

            var children = File.ReadAllText($"/proc/{_process.Id}/task/{_process.Id}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return int.Parse(children.Single(), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Signals the app host alone.</summary>
    public void Signal(int signal) => _ = kill(AppHostId, signal);

    /// <summary>Signals its whole process group, as a terminal's Ctrl+C or <c>timeout</c> does.</summary>
    public void SignalGroup(int signal) => _ = kill(-AppHostId, signal);

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Live processes whose environment carries <paramref name="marker"/>, with their command lines.</summary>
    public static List<string> ProcessesMarkedWith(string marker)
    {
        var found = new List<string>();
        var needle = $"{MarkerVariable}={marker}";
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                var environment = File.ReadAllText(Path.Combine(dir, "environ"));
                var status = File.ReadAllText(Path.Combine(dir, "stat"));
                // A zombie has already ended; it waits only for its parent to read its exit code.
                if (environment.Split('\0').Contains(needle) && status.Split(' ')[2] != "Z")
                {
                    found.Add($"{pid}: {File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ')}");
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Gone, or not ours to read.
            }
        }

        return found;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            SignalGroup(9);
            _process.Kill();
        }

        _process.Dispose();
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
