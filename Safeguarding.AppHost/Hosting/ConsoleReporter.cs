namespace Safeguarding.AppHost.Hosting;

/// <summary>Prints each resource's state changes, and its output when asked to be verbose.</summary>
internal sealed class ConsoleReporter(DistributedApplicationOptions options)
{
    private readonly object _gate = new();

    public void OnChanged(ResourceState state)
    {
        if (!options.ReportToConsole)
        {
            return;
        }

        var detail = state.LastError is { Length: > 0 } error ? $" ({error})" : "";
        Write($"{state.Name,-18} {state.Status,-11} {state.Url}{detail}");
    }

    public void OnLog(string resource, string line)
    {
        if (options.Verbose)
        {
            Write($"{resource,-18} | {line}");
        }
    }

    public void Note(string message)
    {
        if (options.ReportToConsole)
        {
            Write(message);
        }
    }

    private void Write(string line)
    {
        lock (_gate)
        {
            Console.WriteLine($"{DateTime.Now:HH:mm:ss} {line}");
        }
    }
}
