using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Safeguarding.Testing.Telemetry;

/// <summary>
/// An OTLP/HTTP receiver for a test run, in the test process: the services export their traces and
/// logs to it (the dashboard is off under Aspire.Hosting.Testing), and tests read them back as JSON
/// (<c>/api/traces/{traceId}</c>, <c>/api/logs</c>).
/// </summary>
public sealed class TelemetryCollector : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TelemetryCollector(WebApplication app, TelemetryStore store)
    {
        _app = app;
        Store = store;
    }

    public TelemetryStore Store { get; }

    public string Url => _app.Urls.First();

    public static async Task<TelemetryCollector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var store = new TelemetryStore();
        app.MapOtlpReceiver(store);
        app.MapGet("/api/traces/{traceId}", (string traceId) =>
            store.GetTrace(traceId.ToLowerInvariant()) is { Count: > 0 } spans ? Results.Json(spans) : Results.NotFound());
        app.MapGet("/api/logs", (string? resource, string? traceId, int? max) =>
            Results.Json(store.Logs(resource, traceId?.ToLowerInvariant(), Math.Clamp(max ?? 200, 1, 5000))));
        await app.StartAsync();
        return new TelemetryCollector(app, store);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
