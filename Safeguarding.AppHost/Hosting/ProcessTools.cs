using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Safeguarding.AppHost.Hosting;

/// <summary>
/// Process plumbing for the engine. Every child process is started with an owner marker in its
/// environment; the marker is inherited by everything the child starts (postgres back-ends, the
/// Erlang VM, epmd), so the engine can find and end every process of a run, including those a
/// hard-killed earlier run left behind.
/// </summary>
public static partial class ProcessTools
{
    public const string OwnerVariable = "SAFEGUARDING_APPHOST_OWNER";
    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigTerm = 15;
    public const int SigQuit = 3;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SysKill(int pid, int signal);

    public static bool Signal(int pid, int signal) => SysKill(pid, signal) == 0;

    public static bool IsAlive(int pid) => pid > 0 && SysKill(pid, 0) == 0;

    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>
    /// A port that is free now, chosen below the kernel's ephemeral range: a port picked there could
    /// be taken by any outgoing connection on the machine before the service binds it.
    /// </summary>
    public static int FindFreePort()
    {
        var ephemeralStart = EphemeralRangeStart();
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(10_000, ephemeralStart);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: try another.
            }
        }

        using var fallback = new TcpListener(IPAddress.Loopback, 0);
        fallback.Start();
        return ((IPEndPoint)fallback.LocalEndpoint).Port;
    }

    private static int EphemeralRangeStart()
    {
        try
        {
            var range = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            return Math.Max(11_000, int.Parse(range[0], System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException)
        {
            return 32_768;
        }
    }

    public static Process Start(
        string fileName,
        IEnumerable<string> arguments,
        string owner,
        IReadOnlyDictionary<string, string?>? environment = null,
        string? workingDirectory = null,
        Action<string>? output = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                info.Environment[key] = value;
            }
        }

        info.Environment[OwnerVariable] = owner;

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        if (output is not null)
        {
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) output(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output(e.Data); };
        }

        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs a command to completion, returning its exit code and combined output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string owner,
        IReadOnlyDictionary<string, string?>? environment = null,
        string? workingDirectory = null,
        CancellationToken cancellationToken = default)
    {
        var lines = new List<string>();
        using var process = Start(fileName, arguments, owner, environment, workingDirectory, line => { lock (lines) { lines.Add(line); } });
        process.StandardInput.Close();
        await process.WaitForExitAsync(cancellationToken);
        lock (lines)
        {
            return (process.ExitCode, string.Join('\n', lines));
        }
    }

    /// <summary>Wraps a command so that it runs as the <c>postgres</c> user when we are root.</summary>
    public static (string FileName, List<string> Arguments) AsPostgresUser(string fileName, IEnumerable<string> arguments)
    {
        if (!IsRoot)
        {
            return (fileName, arguments.ToList());
        }

        var wrapped = new List<string> { "-u", "postgres", "--", fileName };
        wrapped.AddRange(arguments);
        return ("runuser", wrapped);
    }

    /// <summary>The pids of every live process carrying the owner marker.</summary>
    public static IReadOnlyList<int> FindOwnedProcesses(string owner)
    {
        var needle = $"{OwnerVariable}={owner}";
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                var environ = File.ReadAllText(Path.Combine(dir, "environ"));
                if (environ.Split('\0').Contains(needle, StringComparer.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked, or is not ours to read.
            }
        }

        return found;
    }

    /// <summary>Ends every process that carries the owner marker; returns how many there were.</summary>
    public static async Task<int> KillOwnedProcessesAsync(string owner, TimeSpan wait)
    {
        var pids = FindOwnedProcesses(owner);
        foreach (var pid in pids)
        {
            Signal(pid, SigKill);
        }

        var deadline = DateTime.UtcNow + wait;
        while (pids.Any(IsAlive) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return pids.Count;
    }

    public static async Task<bool> WaitForExitAsync(Process process, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
