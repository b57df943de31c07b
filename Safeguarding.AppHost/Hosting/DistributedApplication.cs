using System.Runtime.InteropServices;
using Npgsql;
using Safeguarding.AppHost.Hosting.Dashboard;
using Safeguarding.AppHost.Hosting.Servers;

namespace Safeguarding.AppHost.Hosting;

/// <summary>
/// Runs the declared model: real PostgreSQL and RabbitMQ servers and the projects, each started once
/// what it waits for is healthy, given the Aspire environment contract, watched and restarted.
/// </summary>
public sealed class DistributedApplication : IAsyncDisposable
{
    private readonly IDistributedApplicationBuilder _builder;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _runners = [];
    private readonly Dictionary<string, ProjectRunner> _projects = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConsoleReporter _console;
    private PostgresServer? _postgres;
    private RabbitMqServer? _rabbitMq;
    private DashboardHost? _dashboard;
    private bool _stopped;

    internal DistributedApplication(IDistributedApplicationBuilder builder)
    {
        _builder = builder;
        DataDirectory = Path.GetFullPath(builder.Options.DataDirectory
            ?? builder.Configuration["AppHost:DataDirectory"]
            ?? Path.Combine(RepositoryLayout.Root, ".data"));
        _console = new ConsoleReporter(builder.Options);
        foreach (var resource in builder.Resources)
        {
            resource.State.Changed += _console.OnChanged;
            resource.State.LogSink = _console.OnLog;
        }
    }

    public static IDistributedApplicationBuilder CreateBuilder(string[] args) =>
        new DistributedApplicationBuilder(new DistributedApplicationOptions { Args = args });

    public static IDistributedApplicationBuilder CreateBuilder(DistributedApplicationOptions options) =>
        new DistributedApplicationBuilder(options);

    public string DataDirectory { get; }

    public IReadOnlyList<Resource> Resources => _builder.Resources;

    public DashboardHost? Dashboard => _dashboard;

    public Resource GetResource(string name) =>
        _builder.Resources.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"No resource named '{name}'.", nameof(name));

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(DataDirectory);
        Directory.CreateDirectory(LogDirectory);
        var leftovers = await ProcessTools.KillOwnedProcessesAsync(ProjectsOwner, TimeSpan.FromSeconds(10));
        if (leftovers > 0)
        {
            _console.Note($"Stopped {leftovers} process(es) left running by an earlier, interrupted run.");
        }

        var credentials = DevelopmentCredentials.LoadOrCreate(DataDirectory);
        AllocatePorts();

        if (_builder.Options.EnableDashboard)
        {
            _dashboard = new DashboardHost(this, Port(_builder.Options.DashboardPort), Port(_builder.Options.OtlpPort));
            await _dashboard.StartAsync(cancellationToken);
            _console.Note($"Dashboard: {_dashboard.Url}   OTLP receiver: {_dashboard.OtlpUrl}");
        }

        // Should the host process end without stopping us (a test runner tearing down, an
        // unhandled exception), nothing started for this run may outlive it.
        AppDomain.CurrentDomain.ProcessExit += KillEverythingOnExit;
        foreach (var resource in _builder.Resources)
        {
            _runners.Add(Task.Run(() => RunAsync(resource, credentials, _stopping.Token), CancellationToken.None));
        }
    }

    private void KillEverythingOnExit(object? sender, EventArgs e)
    {
        if (_stopped)
        {
            return;
        }

        foreach (var owner in new[] { ProjectsOwner }.Concat(_builder.Resources.Select(r => Path.Combine(DataDirectory, r.Name))))
        {
            foreach (var pid in ProcessTools.FindOwnedProcesses(owner))
            {
                ProcessTools.Signal(pid, ProcessTools.SigKill);
            }
        }
    }

    /// <summary>Starts everything and runs until Ctrl+C or SIGTERM, then stops everything.</summary>
    public async Task RunAsync()
    {
        var shutdown = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; shutdown.TrySetResult(); });
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; shutdown.TrySetResult(); });

        try
        {
            await StartAsync();
            _ = ReportWhenAllHealthyAsync();
            await shutdown.Task;
            _console.Note("Stopping...");
        }
        finally
        {
            await StopAsync();
            _console.Note("Stopped; no process left running.");
        }
    }

    public async Task WaitForResourceHealthyAsync(string name, CancellationToken cancellationToken = default) =>
        await GetResource(name).State.WhenHealthy.WaitAsync(cancellationToken);

    public async Task WaitForAllHealthyAsync(CancellationToken cancellationToken = default) =>
        await Task.WhenAll(_builder.Resources.Select(r => r.State.WhenHealthy)).WaitAsync(cancellationToken);

    public Uri GetEndpoint(string resourceName, string endpointName = "http")
    {
        var project = GetResource(resourceName) as ProjectResource
            ?? throw new ArgumentException($"'{resourceName}' has no endpoints.", nameof(resourceName));
        return new Uri(project.Endpoints.First(e => e.Name == endpointName).Url);
    }

    public HttpClient CreateHttpClient(string resourceName, string endpointName = "http") =>
        new() { BaseAddress = GetEndpoint(resourceName, endpointName) };

    public string? GetConnectionString(string resourceName) =>
        (GetResource(resourceName) as IResourceWithConnectionString)?.ConnectionString;

    /// <summary>The environment a project was started with: the runtime contract it receives.</summary>
    public IReadOnlyDictionary<string, string?> GetProjectEnvironment(string name) =>
        _projects.TryGetValue(name, out var runner) ? runner.Environment : throw new ArgumentException($"No running project named '{name}'.", nameof(name));

    /// <summary>Ends a project's process abruptly (SIGKILL), as a crash would; the engine restarts it.</summary>
    public void KillResource(string name) => _projects[name].Kill();

    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        AppDomain.CurrentDomain.ProcessExit -= KillEverythingOnExit;
        await _stopping.CancelAsync();

        // Reverse declaration order: the gateway first, the servers last.
        foreach (var runner in _projects.Values.Reverse())
        {
            await runner.StopAsync();
        }

        await Task.WhenAll(_runners.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));

        if (_rabbitMq is not null)
        {
            SetState(typeof(RabbitMQServerResource), ResourceStatus.Stopping);
            await _rabbitMq.StopAsync();
            SetState(typeof(RabbitMQServerResource), ResourceStatus.Stopped);
        }

        if (_postgres is not null)
        {
            SetState(typeof(PostgresServerResource), ResourceStatus.Stopping);
            await _postgres.StopAsync();
            SetState(typeof(PostgresServerResource), ResourceStatus.Stopped);
        }

        await ProcessTools.KillOwnedProcessesAsync(ProjectsOwner, TimeSpan.FromSeconds(5));
        if (_dashboard is not null)
        {
            await _dashboard.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_builder.Options.DeleteDataOnDispose && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }

        _stopping.Dispose();
    }

    internal string LogDirectory => Path.Combine(DataDirectory, "logs");

    private string ProjectsOwner => Path.Combine(DataDirectory, "projects");

    private int Port(int fixedPort) => _builder.Options.RandomPorts || fixedPort == 0 ? ProcessTools.FindFreePort() : fixedPort;

    private void SetState(Type type, ResourceStatus status)
    {
        foreach (var resource in _builder.Resources.Where(r => r.GetType() == type))
        {
            resource.State.Set(status);
        }
    }

    private void AllocatePorts()
    {
        foreach (var endpoint in _builder.Resources.OfType<ProjectResource>().SelectMany(p => p.Endpoints))
        {
            endpoint.AllocatedPort = Port(endpoint.Port ?? 0);
        }

        foreach (var project in _builder.Resources.OfType<ProjectResource>())
        {
            project.State.Url = project.HttpEndpoint.Url;
        }
    }

    private async Task RunAsync(Resource resource, DevelopmentCredentials credentials, CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(resource.WaitsFor.Select(d => d.State.WhenHealthy)).WaitAsync(cancellationToken);
            resource.State.Set(ResourceStatus.Starting);
            switch (resource)
            {
                case PostgresServerResource postgres:
                    await StartPostgresAsync(postgres, credentials, cancellationToken);
                    break;
                case PostgresDatabaseResource database:
                    await CreateDatabaseAsync(database, cancellationToken);
                    break;
                case RabbitMQServerResource rabbitMq:
                    await StartRabbitMqAsync(rabbitMq, credentials, cancellationToken);
                    break;
                case ProjectResource project:
                    var runner = new ProjectRunner(project, _builder.Options, ProjectsOwner, LogDirectory, _dashboard?.OtlpUrl);
                    lock (_projects)
                    {
                        _projects[project.Name] = runner;
                    }

                    await runner.RunAsync(cancellationToken);
                    break;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping before the resource started.
        }
        catch (Exception ex)
        {
            resource.State.Set(ResourceStatus.Failed, ex.Message);
        }
    }

    private async Task StartPostgresAsync(PostgresServerResource resource, DevelopmentCredentials credentials, CancellationToken cancellationToken)
    {
        if (UseExternal(resource, external => resource.ConnectionString = external))
        {
            return;
        }

        var log = new ResourceLog(resource.State, LogDirectory);
        _postgres = new PostgresServer(new PostgresServerOptions(
            Path.Combine(DataDirectory, resource.Name), 0, credentials.PostgresUser, credentials.PostgresPassword)
        {
            Output = log.Write,
        });
        await _postgres.StartAsync(cancellationToken);
        resource.ConnectionString = _postgres.GetConnectionString("postgres");
        resource.State.ProcessId = _postgres.Process?.Id;
        resource.State.Url = $"tcp://localhost:{_postgres.Port}";
        resource.State.Set(ResourceStatus.Healthy);
    }

    private static async Task CreateDatabaseAsync(PostgresDatabaseResource database, CancellationToken cancellationToken)
    {
        var server = new NpgsqlConnectionStringBuilder(database.Server.ConnectionString);
        await PostgresServer.EnsureDatabaseAsync(server.ConnectionString, database.Name, cancellationToken);
        (database.MigrationConnectionString, database.ConnectionString) =
            await DatabaseRoles.EnsureAsync(server.ConnectionString, database.Name, cancellationToken);
        database.State.Url = $"postgres://{server.Host}:{server.Port}/{database.Name}";
        database.State.Set(ResourceStatus.Healthy);
    }

    /// <summary>Like Aspire's AddConnectionString: a configured connection string replaces the embedded server.</summary>
    private bool UseExternal(Resource resource, Action<string> useConnectionString)
    {
        if (_builder.Configuration.GetConnectionString(resource.Name) is not { Length: > 0 } external)
        {
            return false;
        }

        useConnectionString(external);
        resource.State.Url = "external";
        resource.State.Set(ResourceStatus.Healthy);
        return true;
    }

    private async Task StartRabbitMqAsync(RabbitMQServerResource resource, DevelopmentCredentials credentials, CancellationToken cancellationToken)
    {
        if (UseExternal(resource, external => resource.ConnectionString = external))
        {
            return;
        }

        var log = new ResourceLog(resource.State, LogDirectory);
        _rabbitMq = new RabbitMqServer(new RabbitMqServerOptions(
            Path.Combine(DataDirectory, resource.Name), 0, credentials.RabbitMqUser, credentials.RabbitMqPassword)
        {
            Output = log.Write,
        });
        await _rabbitMq.StartAsync(cancellationToken);
        resource.ConnectionString = _rabbitMq.ConnectionString;
        resource.State.ProcessId = _rabbitMq.Process?.Id;
        resource.State.Url = $"amqp://localhost:{_rabbitMq.Port}";
        resource.State.Set(ResourceStatus.Healthy);
    }

    private async Task ReportWhenAllHealthyAsync()
    {
        var started = DateTimeOffset.UtcNow;
        try
        {
            await WaitForAllHealthyAsync(_stopping.Token);
            var gateway = _builder.Resources.OfType<ProjectResource>().FirstOrDefault(p => p.External);
            _console.Note($"All {_builder.Resources.Count} resources healthy in {(DateTimeOffset.UtcNow - started).TotalSeconds:F1} s."
                + (gateway is null ? "" : $" Gateway: {gateway.HttpEndpoint.Url}  API reference: {gateway.HttpEndpoint.Url}/scalar"));
        }
        catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException)
        {
            // Stopping, or a resource failed: its state line already says why.
        }
    }
}
