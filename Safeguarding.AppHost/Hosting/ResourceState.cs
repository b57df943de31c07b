namespace Safeguarding.AppHost.Hosting;

public enum ResourceStatus
{
    Waiting,
    Starting,
    Running,
    Healthy,
    Exited,
    Restarting,
    Stopping,
    Stopped,
    Failed,
}

/// <summary>A resource's live state: status, URL, process, restarts and its recent console output.</summary>
public sealed class ResourceState(string name)
{
    private const int MaxLogLines = 2000;
    private readonly LinkedList<string> _log = new();
    private TaskCompletionSource _healthy = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name { get; } = name;

    public ResourceStatus Status { get; private set; } = ResourceStatus.Waiting;

    public string? Url { get; set; }

    public int? ProcessId { get; set; }

    public int Restarts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset Since { get; private set; } = DateTimeOffset.UtcNow;

    public event Action<ResourceState>? Changed;

    public Action<string, string>? LogSink { get; set; }

    public Task WhenHealthy => _healthy.Task;

    public void Set(ResourceStatus status, string? error = null)
    {
        if (status == Status && error == LastError)
        {
            return;
        }

        Status = status;
        LastError = error;
        Since = DateTimeOffset.UtcNow;
        if (status == ResourceStatus.Healthy)
        {
            _healthy.TrySetResult();
        }
        else if (status is ResourceStatus.Failed)
        {
            _healthy.TrySetException(new InvalidOperationException($"Resource '{Name}' failed: {error}"));
        }
        else if (_healthy.Task.IsCompleted && status is ResourceStatus.Exited or ResourceStatus.Restarting or ResourceStatus.Starting)
        {
            _healthy = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        Changed?.Invoke(this);
    }

    public void AppendLog(string line)
    {
        var stamped = $"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {line}";
        lock (_log)
        {
            _log.AddLast(stamped);
            if (_log.Count > MaxLogLines)
            {
                _log.RemoveFirst();
            }
        }

        LogSink?.Invoke(Name, stamped);
    }

    public IReadOnlyList<string> RecentLog(int max)
    {
        lock (_log)
        {
            return _log.Skip(Math.Max(0, _log.Count - max)).ToList();
        }
    }
}
