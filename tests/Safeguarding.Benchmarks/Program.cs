// A load run of the whole system, started through the app host's testing entry point with real
// PostgreSQL and RabbitMQ. It prints start-up time to all healthy (first run and restart), the
// notification-to-rapid-review latency, and whether a SIGKILL of rapid-review under load lost or
// duplicated anything. Run: dotnet run -c Release --project tests/Safeguarding.Benchmarks [count]
// With "yearly-report [partnerships]" it times the yearly report over that many partnerships' imported
// histories instead (YearlyReportRun).
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Testing;

var yearlyReport = args.Length > 0 && args[0] == "yearly-report";
var count = !yearlyReport && args.Length > 0 && int.TryParse(args[0], out var n) ? n : 200;
var data = Path.Combine(Path.GetTempPath(), $"sg-bench-{Guid.NewGuid():N}"[..20]);
try
{
    if (yearlyReport)
    {
        var partnerships = args.Length > 1 && int.TryParse(args[1], out var p) ? p : 150;
        Console.WriteLine($"Safeguarding yearly report run: {partnerships} partnerships x 10 years x 40 cases, {Environment.ProcessorCount} cores");
        var (started, _) = await TimeStartAsync(data);
        await using (started)
        {
            await YearlyReportRun.RunAsync(started, partnerships, years: 10, perYear: 40);
        }

        return;
    }

    Console.WriteLine($"Safeguarding load run: {count} notifications per phase, {Environment.ProcessorCount} cores");
    var firstStart = await TimeStartAsync(data);
    await firstStart.App.StopAsync();
    await firstStart.App.DisposeAsync();
    var (app, restart) = await TimeStartAsync(data);
    await using (app)
    {
        Console.WriteLine($"Start to all healthy: first run (initdb, new broker) {firstStart.Elapsed.TotalSeconds:F1} s; restart with data {restart.TotalSeconds:F1} s");

        using var gateway = app.CreateHttpClient("gateway");
        await DevelopmentTokens.AuthenticateAsync(gateway, "northshire-la-case-system");
        await WarmUpAsync(gateway);

        var sequential = await PostAsync(gateway, count, concurrency: 1, kill: null);
        await ReportLatencyAsync(gateway, sequential, "sequential posts");

        var concurrent = await PostAsync(gateway, count, concurrency: 8, kill: null);
        await ReportLatencyAsync(gateway, concurrent, "8 concurrent posters");

        var underKill = await PostAsync(gateway, count, concurrency: 8, kill: () => app.KillAsync("rapid-review").GetAwaiter().GetResult());
        var (missing, duplicated) = await CheckExactlyOnceAsync(gateway, underKill.Select(p => p.Id).ToList());
        Console.WriteLine($"SIGKILL of rapid-review during {count} posts: restarts={await app.RestartsAsync("rapid-review")}, " +
                          $"missing={missing}, duplicated={duplicated}");
    }
}
finally
{
    if (Directory.Exists(data))
    {
        Directory.Delete(data, recursive: true);
    }
}

static async Task<(DistributedApplication App, TimeSpan Elapsed)> TimeStartAsync(string data)
{
    var watch = Stopwatch.StartNew();
    var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Safeguarding_AppHost>(
        [$"--AppHost:DataDirectory={data}", "--AppHost:RandomPorts=true", "--environment=Development"]);
    builder.WithQuietLogging();
    foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
    {
        // One client posts far more than an agency would: lift the gateway's per-client limit.
        builder.CreateResourceBuilder(project).WithEnvironment("Gateway__Limits__PermitLimit", "1000000");
    }

    var app = await builder.BuildAsync();
    using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
    await app.StartAsync(timeout.Token);
    foreach (var resource in app.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ProjectResource>())
    {
        await app.ResourceNotifications.WaitForResourceHealthyAsync(resource.Name, timeout.Token);
    }

    return (app, watch.Elapsed);
}

static async Task WarmUpAsync(HttpClient gateway)
{
    for (var i = 0; i < 5; i++)
    {
        var posted = await PostOneAsync(gateway);
        await WaitForReviewAsync(gateway, posted.Id);
    }
}

static async Task<List<Posted>> PostAsync(HttpClient gateway, int count, int concurrency, Action? kill)
{
    var posted = new List<Posted>();
    var next = 0;
    var watch = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        while (Interlocked.Increment(ref next) is var i && i <= count)
        {
            if (i == count / 3)
            {
                kill?.Invoke();
            }

            var p = await PostOneAsync(gateway);
            lock (posted)
            {
                posted.Add(p);
            }
        }
    }));
    Console.WriteLine($"Posted {count} notifications with {concurrency} poster(s) in {watch.Elapsed.TotalSeconds:F1} s ({count / watch.Elapsed.TotalSeconds:F0}/s)");
    return posted;
}

static async Task<Posted> PostOneAsync(HttpClient gateway)
{
    using var response = await gateway.PostAsJsonAsync("/api/notifications",
        SampleNotifications.Minimal(DateOnly.FromDateTime(DateTime.UtcNow), "Load run."));
    response.EnsureSuccessStatusCode();
    var json = await response.Content.ReadFromJsonAsync<JsonElement>();
    return new Posted(json.GetProperty("id").GetString()!, json.GetProperty("createdAt").GetDateTimeOffset());
}

static async Task<JsonElement> WaitForReviewAsync(HttpClient gateway, string id)
{
    var deadline = DateTime.UtcNow.AddMinutes(2);
    while (true)
    {
        var reviews = await ReviewsAsync(gateway, id);
        if (reviews is { Length: > 0 })
        {
            return reviews[0];
        }

        if (DateTime.UtcNow > deadline)
        {
            throw new TimeoutException($"No rapid review for {id}");
        }

        await Task.Delay(50);
    }
}

static async Task ReportLatencyAsync(HttpClient gateway, List<Posted> posted, string label)
{
    var latencies = new List<double>();
    foreach (var p in posted)
    {
        var review = await WaitForReviewAsync(gateway, p.Id);
        latencies.Add((review.GetProperty("openedAt").GetDateTimeOffset() - p.CreatedAt).TotalMilliseconds);
    }

    latencies.Sort();
    double Pct(double q) => latencies[(int)Math.Min(latencies.Count - 1, Math.Ceiling(q * latencies.Count) - 1)];
    Console.WriteLine($"Notification to rapid review ({label}): p50 {Pct(0.50):F0} ms, p95 {Pct(0.95):F0} ms, max {latencies[^1]:F0} ms");
}

static async Task<(int Missing, int Duplicated)> CheckExactlyOnceAsync(HttpClient gateway, List<string> ids)
{
    var missing = 0;
    var duplicated = 0;
    foreach (var id in ids)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        JsonElement[] reviews;
        while ((reviews = await ReviewsAsync(gateway, id) ?? []).Length == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        missing += reviews.Length == 0 ? 1 : 0;
        duplicated += reviews.Length > 1 ? reviews.Length - 1 : 0;
    }

    return (missing, duplicated);
}

// While rapid-review restarts the gateway answers 503 with Retry-After: wait and ask again.
static async Task<JsonElement[]?> ReviewsAsync(HttpClient gateway, string id)
{
    using var response = await gateway.GetAsync($"/api/rapid-reviews?notificationId={id}");
    if (response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable)
    {
        await Task.Delay(TimeSpan.FromSeconds(1));
        return null;
    }

    response.EnsureSuccessStatusCode();
    return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToArray();
}

internal sealed record Posted(string Id, DateTimeOffset CreatedAt);
