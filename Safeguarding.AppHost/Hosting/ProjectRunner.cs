using System.Diagnostics;

namespace Safeguarding.AppHost.Hosting;

/// <summary>
/// Runs one project's built output, gives it the Aspire environment contract, gates on its
/// <c>/health</c> endpoint and restarts it with exponential backoff when it exits unasked.
/// </summary>
internal sealed class ProjectRunner(
    ProjectResource project,
    DistributedApplicationOptions options,
    string owner,
    string logDirectory,
    string? otlpEndpoint)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly ResourceLog _log = new(project.State, logDirectory);
    private readonly CancellationTokenSource _stop = new();
    private Process? _process;

    /// <summary>The environment the project was last started with (the Aspire contract).</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; private set; } = new Dictionary<string, string?>();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stop.Token);
        var token = linked.Token;
        var assembly = RepositoryLayout.OutputAssembly(project.ProjectPath);
        if (!File.Exists(assembly))
        {
            project.State.Set(ResourceStatus.Failed, $"not built: {assembly} is missing (dotnet build Safeguarding.sln)");
            return;
        }

        var backoff = TimeSpan.FromSeconds(1);
        while (!token.IsCancellationRequested)
        {
            project.State.Set(ResourceStatus.Starting);
            var startedAt = DateTimeOffset.UtcNow;
            Environment = BuildEnvironment();
            _process = ProcessTools.Start("dotnet", [assembly], owner, Environment, Path.GetDirectoryName(assembly), _log.Write);
            _process.StandardInput.Close();
            project.State.ProcessId = _process.Id;
            project.State.Set(ResourceStatus.Running);
            _ = WatchHealthAsync(_process, token);

            try
            {
                await _process.WaitForExitAsync(token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var exitCode = _process.ExitCode;
            _process.Dispose();
            _process = null;
            if (token.IsCancellationRequested)
            {
                return;
            }

            // The last thing it printed usually says why (a port taken, a database unreachable).
            var recent = project.State.RecentLog(50);
            var lastWords = recent.LastOrDefault(l => l.Contains("Exception", StringComparison.Ordinal)) ?? recent.LastOrDefault();
            project.State.Set(ResourceStatus.Exited, $"exit code {exitCode}" + (lastWords is null ? "" : $": {lastWords[13..]}"));
            if (DateTimeOffset.UtcNow - startedAt > TimeSpan.FromMinutes(1))
            {
                backoff = TimeSpan.FromSeconds(1);
            }

            project.State.Restarts++;
            project.State.Set(ResourceStatus.Restarting, $"restart {project.State.Restarts} in {backoff.TotalSeconds:F0} s");
            try
            {
                await Task.Delay(backoff, token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
        }
    }

    /// <summary>Asks the process to stop (SIGTERM), then kills it if it has not gone in ten seconds.</summary>
    public async Task StopAsync()
    {
        project.State.Set(ResourceStatus.Stopping);
        await _stop.CancelAsync();
        if (_process is { HasExited: false } process)
        {
            ProcessTools.Signal(process.Id, ProcessTools.SigTerm);
            if (!await ProcessTools.WaitForExitAsync(process, TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
                await ProcessTools.WaitForExitAsync(process, TimeSpan.FromSeconds(5));
            }
        }

        project.State.Set(ResourceStatus.Stopped);
    }

    public void Kill()
    {
        if (_process is { HasExited: false } process)
        {
            ProcessTools.Signal(process.Id, ProcessTools.SigKill);
        }
    }

    private async Task WatchHealthAsync(Process process, CancellationToken cancellationToken)
    {
        var health = new Uri(project.HttpEndpoint.Url + "/health");
        while (!cancellationToken.IsCancellationRequested && !process.HasExited)
        {
            try
            {
                using var response = await Http.GetAsync(health, cancellationToken);
                if (response.IsSuccessStatusCode && !process.HasExited)
                {
                    project.State.Set(ResourceStatus.Healthy);
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            try
            {
                await Task.Delay(200, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private Dictionary<string, string?> BuildEnvironment()
    {
        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = options.EnvironmentName,
            ["DOTNET_ENVIRONMENT"] = options.EnvironmentName,
            ["ASPNETCORE_URLS"] = project.HttpEndpoint.Url,
            ["LOGGING__CONSOLE__FORMATTERNAME"] = "simple",
            ["OTEL_SERVICE_NAME"] = project.Name,
            ["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={Guid.NewGuid():N}",
        };

        foreach (var endpoint in project.Endpoints)
        {
            environment[$"Kestrel__Endpoints__{endpoint.Name}__Url"] = endpoint.Url;
            if (endpoint.Http2)
            {
                environment[$"Kestrel__Endpoints__{endpoint.Name}__Protocols"] = "Http2";
            }
        }

        if (otlpEndpoint is not null)
        {
            environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlpEndpoint;
            environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
            if (options.EnvironmentName == "Development")
            {
                environment["OTEL_BSP_SCHEDULE_DELAY"] = "1000";
                environment["OTEL_BLRP_SCHEDULE_DELAY"] = "1000";
                environment["OTEL_METRIC_EXPORT_INTERVAL"] = "1000";
            }
        }

        foreach (var reference in project.ConnectionReferences)
        {
            environment[$"ConnectionStrings__{reference.Name}"] = reference.ConnectionString;
            if (reference is PostgresDatabaseResource { MigrationConnectionString: { } migrations })
            {
                environment[$"ConnectionStrings__{reference.Name}-migrations"] = migrations;
            }
        }

        foreach (var service in project.ServiceReferences)
        {
            foreach (var endpoint in service.Endpoints)
            {
                environment[$"services__{service.Name}__{endpoint.Name}__0"] = endpoint.Url;
            }
        }

        foreach (var (key, value) in project.EnvironmentVariables)
        {
            environment[key] = value;
        }

        foreach (var (key, value) in options.ProjectEnvironment)
        {
            environment[key] = value;
        }

        return environment;
    }
}
