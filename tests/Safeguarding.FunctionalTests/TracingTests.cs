using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

[Collection(SystemCollection.Name)]
public sealed class TracingTests(SystemFixture system)
{
    [Fact]
    public async Task One_trace_runs_from_the_gateway_through_the_broker_to_the_rapid_review_and_its_grpc_call()
    {
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/notifications") { Content = JsonContent.Create(Notifications.Valid()) };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        using var response = await system.Gateway.SendAsync(request);
        response.EnsureSuccessStatusCode();

        using var dashboard = new HttpClient { BaseAddress = new Uri(system.Telemetry.Url) };
        var spans = await Eventually.GetAsync(async () =>
        {
            var found = await dashboard.GetFromJsonAsync<JsonElement[]>($"/api/traces/{traceId}").ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : null);
            return found is not null && Covers(found) ? found : null;
        }, TimeSpan.FromSeconds(60), "every hop of the first flow to appear in one trace");

        Assert.All(spans, s => Assert.Equal(traceId, s.GetProperty("traceId").GetString()));
    }

    private static bool Covers(JsonElement[] spans)
    {
        bool Has(string service, string kind, string nameContains) => spans.Any(s =>
            s.GetProperty("service").GetString() == service
            && s.GetProperty("kind").GetString() == kind
            && s.GetProperty("name").GetString()!.Contains(nameContains, StringComparison.Ordinal));

        return Has("gateway", "Server", "")
               && Has("notification", "Server", "/api/notifications")
               && Has("notification", "Producer", "serious-incident-notified")
               && Has("rapid-review", "Consumer", "serious-incident-notified")
               && Has("rapid-review", "Client", "GetNotification")
               && Has("notification", "Server", "GetNotification");
    }

    [Fact]
    public async Task An_idle_system_starts_no_trace_of_its_own_database_polls()
    {
        // The outbox relays poll PostgreSQL every second in each publishing service.
        var since = DateTimeOffset.UtcNow;
        await Task.Delay(TimeSpan.FromSeconds(6));

        var pollTraces = system.Telemetry.Store.SpansSince(since)
            .Where(s => s.ParentSpanId is null && s.Scope == "Npgsql")
            .Select(s => $"{s.Service}: {s.Name}")
            .ToList();
        Assert.True(pollTraces.Count == 0, "Traces of nothing but a database command: " + string.Join("; ", pollTraces.Take(5)));
        // The capture is real: the services' other telemetry kept arriving meanwhile.
        Assert.NotNull(system.Telemetry.Store.Metric("notification", "safeguarding.messaging.outbox.backlog"));
    }
}
