using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Safeguarding.Testing.Telemetry;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// The whole system started from the app host with Aspire.Hosting.Testing: real PostgreSQL, real
/// RabbitMQ, every service and the gateway, on free ports, with a data folder of its own, the
/// services' telemetry sent to a collector in the test process, and their shared clock set to
/// 23 December 2026 so that deadlines run across Christmas and New Year (a test can move it).
/// </summary>
public sealed class SystemFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 12, 23, 10, 0, 0, TimeSpan.Zero);

    public const int PermitLimit = 300;

    private readonly string _data = Path.Combine(Path.GetTempPath(), $"sg-app-{Guid.NewGuid():N}"[..22]);
    private readonly string _clock = Path.Combine(Path.GetTempPath(), $"sg-clock-{Guid.NewGuid():N}");
    private readonly CancellationTokenSource _stopping = new();
    private TimeSpan _shift;

    public DistributedApplication App { get; private set; } = null!;

    public TelemetryCollector Telemetry { get; private set; } = null!;

    /// <summary>What every resource printed, as the dashboard's console logs show it.</summary>
    public ResourceConsole Console { get; private set; } = null!;

    /// <summary>The gateway as Northshire's children's services case system (a local authority notifier).</summary>
    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>The public issuer of every token: the gateway's address.</summary>
    public string Issuer => new Uri(Anonymous.BaseAddress!, "/").ToString();

    /// <summary>The gateway with no token.</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        WriteShift(Now - DateTimeOffset.UtcNow);
        Telemetry = await TelemetryCollector.StartAsync();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Safeguarding_AppHost>(
            [$"--AppHost:DataDirectory={_data}", "--AppHost:RandomPorts=true", "--environment=Development", $"--Clock:File={_clock}"]);
        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
        {
            builder.CreateResourceBuilder(project).WithEnvironment(context =>
            {
                // A tighter gateway limit than production's, so that a test can reach it quickly.
                context.EnvironmentVariables["Gateway__Limits__PermitLimit"] = PermitLimit.ToString();
                context.EnvironmentVariables["Gateway__Limits__Window"] = "00:00:10";
                // Contribution requests are chased every second rather than every five minutes.
                context.EnvironmentVariables["RapidReview__Chasing__Interval"] = "00:00:01";
                context.EnvironmentVariables["LearningAction__ChaseInterval"] = "00:00:01";
                // Feed pushes are retried after a fifth of a second, doubling, rather than after five seconds.
                context.EnvironmentVariables["Feeds__PollInterval"] = "00:00:00.200";
                context.EnvironmentVariables["Feeds__Retry__FirstDelay"] = "00:00:00.200";
                context.EnvironmentVariables["Feeds__Retry__MaxAttempts"] = "7";
                context.EnvironmentVariables["OTEL_EXPORTER_OTLP_ENDPOINT"] = Telemetry.Url;
                context.EnvironmentVariables["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
                context.EnvironmentVariables["OTEL_BSP_SCHEDULE_DELAY"] = "500";
                context.EnvironmentVariables["OTEL_BLRP_SCHEDULE_DELAY"] = "500";
                context.EnvironmentVariables["OTEL_METRIC_EXPORT_INTERVAL"] = "5000";
            });
        }

        App = await builder.WithQuietLogging().BuildAsync();
        Console = ResourceConsole.Follow(App, _stopping.Token);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await App.StartAsync(timeout.Token);
            await App.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);
            Anonymous = App.CreateHttpClient("gateway");
            Gateway = await ClientAsync("northshire-la-case-system");
            await Warm.UpAsync(Gateway);
        }
        catch
        {
            // xunit does not dispose a fixture whose initialisation failed: stop the system here.
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Moves every service's clock to <paramref name="moment"/> (forward or back) and waits a second,
    /// five times as long as a service takes to read the change. Tokens issued before the move may be
    /// refused after it: ask for new ones.
    /// </summary>
    public async Task MoveClockToAsync(DateTimeOffset moment)
    {
        WriteShift(moment - DateTimeOffset.UtcNow);
        await Task.Delay(TimeSpan.FromSeconds(1));
    }

    /// <summary>Where the services' clocks read now, as far as the test process can tell.</summary>
    public DateTimeOffset ClockNow => DateTimeOffset.UtcNow + _shift;

    private void WriteShift(TimeSpan shift)
    {
        _shift = shift;
        var written = _clock + ".new";
        File.WriteAllText(written, shift.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        File.Move(written, _clock, overwrite: true);
    }

    /// <summary>The gateway as one of the identity service's development clients.</summary>
    public async Task<HttpClient> ClientAsync(string clientId)
    {
        var client = App.CreateHttpClient("gateway");
        client.DefaultRequestHeaders.Authorization = new("Bearer", await Tokens.GetAsync(Anonymous, clientId));
        return client;
    }

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        Anonymous?.Dispose();
        await _stopping.CancelAsync();
        if (App is not null)
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }

        await Telemetry.DisposeAsync();
        File.Delete(_clock);
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Under /tmp; a server may still be releasing a file.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<SystemFixture>
{
    public const string Name = "system";
}
