namespace Safeguarding.AppHost.Hosting;

public sealed class DistributedApplicationOptions
{
    public string[] Args { get; set; } = [];

    /// <summary>Where server data, logs and run state live; defaults to <c>&lt;repository&gt;/.data</c>.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Deletes <see cref="DataDirectory"/> when the application is disposed (test runs).</summary>
    public bool DeleteDataOnDispose { get; set; }

    /// <summary>Ignores fixed ports and gives every endpoint a free one (test runs).</summary>
    public bool RandomPorts { get; set; }

    public int DashboardPort { get; set; } = 18888;

    public int OtlpPort { get; set; } = 18889;

    public bool EnableDashboard { get; set; } = true;

    public string EnvironmentName { get; set; } = "Development";

    /// <summary>Echoes every resource's console output to the app host's console.</summary>
    public bool Verbose { get; set; }

    /// <summary>Extra environment for every project (tests use it to set a development clock).</summary>
    public Dictionary<string, string> ProjectEnvironment { get; } = new(StringComparer.Ordinal);

    /// <summary>Prints resource state changes to the console.</summary>
    public bool ReportToConsole { get; set; } = true;
}
