using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Safeguarding.AppHost.Hosting.Dashboard;

/// <summary>
/// The operators' dashboard: every resource's state, URL, process and restarts, and its console log.
/// It also hosts the OTLP receiver the services export their telemetry to.
/// </summary>
public sealed class DashboardHost(DistributedApplication app, int port, int otlpPort) : IAsyncDisposable
{
    private WebApplication? _web;

    public string Url => $"http://localhost:{port}";

    public string OtlpUrl => $"http://localhost:{otlpPort}";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.Listen(IPAddress.Loopback, otlpPort);
            kestrel.Limits.MaxRequestBodySize = 16 * 1024 * 1024;
        });
        DashboardExtensions.AddDashboardServices(builder.Services);
        _web = builder.Build();

        var dashboard = _web.MapGroup("").RequireHost($"*:{port}");
        dashboard.MapGet("/", () => Results.Content(ResourcesPage(), "text/html; charset=utf-8"));
        dashboard.MapGet("/api/resources", () => Results.Json(app.Resources.Select(Snapshot)));
        dashboard.MapGet("/api/resources/{name}/logs", (string name, int? max) =>
            Find(name) is { } r ? Results.Json(r.State.RecentLog(Math.Clamp(max ?? 500, 1, 2000))) : Results.NotFound());
        dashboard.MapGet("/resources/{name}/logs", (string name) =>
            Find(name) is { } r ? Results.Content(LogPage(r), "text/html; charset=utf-8") : Results.NotFound());
        DashboardExtensions.MapDashboardTelemetry(dashboard, _web.MapGroup("").RequireHost($"*:{otlpPort}"));

        await _web.StartAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_web is not null)
        {
            await _web.StopAsync();
            await _web.DisposeAsync();
        }
    }

    private Resource? Find(string name) =>
        app.Resources.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    private static object Snapshot(Resource r) => new
    {
        name = r.Name,
        type = TypeName(r),
        state = r.State.Status.ToString(),
        url = r.State.Url,
        pid = r.State.ProcessId,
        restarts = r.State.Restarts,
        since = r.State.Since,
        error = r.State.LastError,
        waitsFor = r.WaitsFor.Select(w => w.Name),
    };

    private static string TypeName(Resource r) => r switch
    {
        PostgresServerResource => "PostgreSQL server",
        PostgresDatabaseResource => "PostgreSQL database",
        RabbitMQServerResource => "RabbitMQ",
        ProjectResource => "Project",
        _ => r.GetType().Name,
    };

    private string ResourcesPage()
    {
        var rows = new StringBuilder();
        foreach (var r in app.Resources)
        {
            var status = r.State.Status;
            var colour = status switch
            {
                ResourceStatus.Healthy => "#1b7f3b",
                ResourceStatus.Failed or ResourceStatus.Exited => "#b3261e",
                _ => "#8a6d00",
            };
            var url = r.State.Url is { } u && u.StartsWith("http", StringComparison.Ordinal)
                ? $"<a href=\"{Enc(u)}\">{Enc(u)}</a>"
                : Enc(r.State.Url);
            rows.Append($"<tr><td>{Enc(r.Name)}</td><td>{TypeName(r)}</td><td style=\"color:{colour};font-weight:600\">{status}</td>"
                + $"<td>{url}</td><td>{r.State.ProcessId}</td><td>{r.State.Restarts}</td><td>{Enc(r.State.LastError)}</td>"
                + $"<td><a href=\"/resources/{Enc(r.Name)}/logs\">console</a></td></tr>");
        }

        return Page("Resources", $"""
            <table><thead><tr><th>Resource</th><th>Type</th><th>State</th><th>Endpoint</th><th>PID</th><th>Restarts</th><th>Detail</th><th></th></tr></thead>
            <tbody>{rows}</tbody></table>
            """, refreshSeconds: 2);
    }

    private static string LogPage(Resource r) =>
        Page($"{r.Name}: console", $"<pre>{Enc(string.Join('\n', r.State.RecentLog(1000)))}</pre>", refreshSeconds: 3);

    internal static string Page(string title, string body, int? refreshSeconds = null)
    {
        var refresh = refreshSeconds is { } s ? $"<meta http-equiv=\"refresh\" content=\"{s}\">" : "";
        return $$"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{Enc(title)}} · Safeguarding dashboard</title>
            {{refresh}}
            <style>
            body{font-family:system-ui,sans-serif;margin:1.5rem;color:#1d1d1f} nav a{margin-right:1rem}
            table{border-collapse:collapse;width:100%} th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid #ddd;font-size:.9rem;vertical-align:top}
            th{background:#f3f3f5} pre{background:#111;color:#ddd;padding:1rem;overflow:auto;font-size:.8rem;white-space:pre-wrap}
            .bar{background:#3b6fd8;height:.8rem;border-radius:2px} .muted{color:#666}
            </style></head><body>
            <nav><a href="/">Resources</a><a href="/traces">Traces</a><a href="/logs">Structured logs</a></nav>
            <h1>{{Enc(title)}}</h1>{{body}}</body></html>
            """;
    }

    internal static string Enc(string? value) => WebUtility.HtmlEncode(value ?? "");
}
