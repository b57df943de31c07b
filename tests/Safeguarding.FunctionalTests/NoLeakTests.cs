using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

[Collection(SystemCollection.Name)]
public sealed class NoLeakTests(SystemFixture system)
{
    [Fact]
    public async Task Logs_traces_and_console_output_of_the_first_flow_hold_none_of_the_case_details()
    {
        var marker = $"Child-{Guid.NewGuid():N}";
        var outline = $"{marker} was found injured at 12 Example Street";
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/notifications")
        {
            Content = JsonContent.Create(Notifications.Valid()
                .With("children[0].name", marker)
                .With("incidentPlace", "12 Example Street")
                .With("caseOutline", outline)),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        using var response = await system.Gateway.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await system.Gateway.GetAsync($"/api/notifications/{id}")).Dispose();
        (await system.Gateway.GetAsync($"/api/notifications?nature=serious-harm&search={marker}")).Dispose();

        using var dashboard = new HttpClient { BaseAddress = new Uri(system.Telemetry.Url) };
        var spans = await Eventually.GetAsync(async () =>
        {
            using var found = await dashboard.GetAsync($"/api/traces/{traceId}");
            var text = found.IsSuccessStatusCode ? await found.Content.ReadAsStringAsync() : null;
            return text is not null && text.Contains("rapid-review", StringComparison.Ordinal) ? text : null;
        }, TimeSpan.FromSeconds(60), "the flow's trace");
        var logs = await Eventually.GetAsync(async () =>
        {
            var text = await dashboard.GetStringAsync("/api/logs?max=5000");
            return text.Contains($"for notification {id}", StringComparison.Ordinal) ? text : null;
        }, TimeSpan.FromSeconds(30), "the flow's logs");
        var console = system.Console.Text;

        // The capture is real: it holds the flow's own log line, with ids only.
        Assert.Contains($"for notification {id}", logs);
        Assert.DoesNotContain(marker, spans);
        Assert.DoesNotContain(marker, logs);
        Assert.DoesNotContain(marker, console);
        Assert.DoesNotContain("Example Street", logs + spans + console);
        Assert.DoesNotContain(Notifications.ChildDateOfBirth, logs + spans + console);
    }
}
