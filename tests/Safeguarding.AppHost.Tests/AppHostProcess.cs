using System.Collections.Concurrent;
using System.Diagnostics;
using Safeguarding.AppHost.Hosting;

namespace Safeguarding.AppHost.Tests;

/// <summary>The real app host executable, run as the README's run command runs it, on free ports.</summary>
internal sealed class AppHostProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    public AppHostProcess(string dataDirectory)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryLayout.Root,
        };
        info.ArgumentList.Add(RepositoryLayout.OutputAssembly("Safeguarding.AppHost/Safeguarding.AppHost.csproj"));
        info.ArgumentList.Add($"--AppHost:DataDirectory={dataDirectory}");
        info.ArgumentList.Add("--AppHost:RandomPorts=true");
        _process = new Process { StartInfo = info };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

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

            await Task.Delay(100);
        }
    }

    public void Signal(int signal) => ProcessTools.Signal(_process.Id, signal);

    public Task<bool> WaitForExitAsync(TimeSpan timeout) => ProcessTools.WaitForExitAsync(_process, timeout);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
