using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.AppHost.Hosting.Telemetry;
using static Safeguarding.AppHost.Hosting.Dashboard.DashboardHost;

namespace Safeguarding.AppHost.Hosting.Dashboard;

/// <summary>The dashboard's telemetry: the OTLP receiver, and traces and structured logs for people and tools.</summary>
internal static class DashboardExtensions
{
    public static void AddDashboardServices(IServiceCollection services) => services.AddSingleton<TelemetryStore>();

    public static void MapDashboardTelemetry(IEndpointRouteBuilder dashboard, IEndpointRouteBuilder otlp)
    {
        var store = dashboard.ServiceProvider.GetRequiredService<TelemetryStore>();
        otlp.MapOtlpReceiver(store);

        dashboard.MapGet("/api/traces", (int? max) => Results.Json(store.RecentTraces(Math.Clamp(max ?? 100, 1, 1000))));
        dashboard.MapGet("/api/traces/{traceId}", (string traceId) =>
            store.GetTrace(traceId.ToLowerInvariant()) is { Count: > 0 } spans ? Results.Json(spans) : Results.NotFound());
        dashboard.MapGet("/api/logs", (string? resource, string? traceId, int? max) =>
            Results.Json(store.Logs(resource, traceId?.ToLowerInvariant(), Math.Clamp(max ?? 200, 1, 5000))));

        dashboard.MapGet("/traces", () => Html(Page("Traces", TracesTable(store.RecentTraces(200)), refreshSeconds: 5)));
        dashboard.MapGet("/traces/{traceId}", (string traceId) =>
            store.GetTrace(traceId.ToLowerInvariant()) is { Count: > 0 } spans
                ? Html(Page($"Trace {traceId}", Waterfall(spans) + LogsTable(store.Logs(null, traceId.ToLowerInvariant(), 500)), null))
                : Results.NotFound());
        dashboard.MapGet("/logs", (string? resource) => Html(Page("Structured logs", LogsTable(store.Logs(resource, null, 500)), refreshSeconds: 5)));
    }

    private static IResult Html(string html) => Results.Content(html, "text/html; charset=utf-8");

    private static string TracesTable(IReadOnlyList<TraceSummary> traces)
    {
        var rows = new StringBuilder();
        foreach (var t in traces)
        {
            rows.Append($"<tr><td>{t.Start.ToLocalTime():HH:mm:ss.fff}</td><td><a href=\"/traces/{t.TraceId}\">{Enc(t.RootName)}</a></td>"
                + $"<td>{Enc(string.Join(", ", t.Services))}</td><td>{t.SpanCount}</td><td>{t.DurationMs.ToString("F1", CultureInfo.InvariantCulture)} ms</td></tr>");
        }

        return $"<table><thead><tr><th>Started</th><th>Root</th><th>Services</th><th>Spans</th><th>Duration</th></tr></thead><tbody>{rows}</tbody></table>";
    }

    private static string Waterfall(IReadOnlyList<SpanRecord> spans)
    {
        var start = spans.Min(s => s.Start);
        var total = Math.Max(1, spans.Max(s => (s.Start - start).TotalMilliseconds + s.DurationMs));
        var depth = new Dictionary<string, int>();
        var rows = new StringBuilder();
        foreach (var s in spans)
        {
            var level = s.ParentSpanId is not null && depth.TryGetValue(s.ParentSpanId, out var parent) ? parent + 1 : 0;
            depth[s.SpanId] = level;
            var offset = (s.Start - start).TotalMilliseconds / total * 100;
            var width = Math.Max(0.5, s.DurationMs / total * 100);
            rows.Append($"<tr><td style=\"padding-left:{level * 1.2 + 0.6}rem\">{Enc(s.Service)}</td><td>{Enc(s.Name)} <span class=\"muted\">{Enc(s.Kind)}</span></td>"
                + $"<td style=\"width:40%\"><div class=\"bar\" style=\"margin-left:{offset.ToString("F2", CultureInfo.InvariantCulture)}%;width:{width.ToString("F2", CultureInfo.InvariantCulture)}%\"></div></td>"
                + $"<td>{s.DurationMs.ToString("F1", CultureInfo.InvariantCulture)} ms</td><td>{Enc(s.Status)}</td></tr>");
        }

        return $"<table><thead><tr><th>Service</th><th>Span</th><th>Timeline</th><th>Duration</th><th>Status</th></tr></thead><tbody>{rows}</tbody></table>";
    }

    private static string LogsTable(IReadOnlyList<LogRecordView> logs)
    {
        var rows = new StringBuilder();
        foreach (var l in logs)
        {
            var trace = l.TraceId is null ? "" : $"<a href=\"/traces/{l.TraceId}\">trace</a>";
            rows.Append($"<tr><td>{l.Time.ToLocalTime():HH:mm:ss.fff}</td><td>{Enc(l.Service)}</td><td>{Enc(l.Severity)}</td><td>{Enc(l.Message)}</td><td>{trace}</td></tr>");
        }

        return $"<h2>Structured logs</h2><table><thead><tr><th>Time</th><th>Service</th><th>Level</th><th>Message</th><th></th></tr></thead><tbody>{rows}</tbody></table>";
    }
}
