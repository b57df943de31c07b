namespace Safeguarding.AppHost.Hosting;

/// <summary>A resource's console output: kept in memory for the dashboard and appended to its log file.</summary>
internal sealed class ResourceLog(ResourceState state, string logDirectory)
{
    private readonly object _gate = new();
    private readonly string _file = Path.Combine(logDirectory, state.Name + ".log");

    public void Write(string line)
    {
        state.AppendLog(line);
        lock (_gate)
        {
            try
            {
                File.AppendAllText(_file, $"{DateTimeOffset.UtcNow:O} {line}\n");
            }
            catch (IOException)
            {
                // The log file is a convenience; the in-memory log still has the line.
            }
        }
    }
}
