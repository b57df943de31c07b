using System.Security.Cryptography;

namespace Safeguarding.AppHost;

public static class ServiceProjectExtensions
{
    /// <summary>
    /// The project's endpoints, on ports the orchestrator picks (<c>http</c> on <paramref name="port"/>
    /// when given): <c>http</c>
    /// for JSON over HTTP/1.1 and, with <paramref name="grpc"/>, <c>grpc</c> for cleartext HTTP/2 (Kestrel
    /// cannot serve both on one cleartext port). Each is declared to Kestrel by name, so the project
    /// needs no launch profile; health is read from <c>/health</c>.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithServiceEndpoints(this IResourceBuilder<ProjectResource> project, bool grpc = false, int? port = null)
    {
        project.WithHttpEndpoint(port: port, name: "http", isProxied: false);
        if (grpc)
        {
            project.WithEndpoint("grpc", e =>
            {
                e.UriScheme = "http";
                e.Transport = "http2";
                e.IsProxied = false;
            });
        }

        var http = project.GetEndpoint("http");
        var h2 = grpc ? project.GetEndpoint("grpc") : null;
        return project
            .WithEnvironment(context =>
            {
                // Kestrel's named endpoints replace the URL list Aspire would otherwise pass.
                context.EnvironmentVariables.Remove("ASPNETCORE_URLS");
                context.EnvironmentVariables.Remove("HTTP_PORTS");
                context.EnvironmentVariables["Kestrel__Endpoints__http__Url"] = ReferenceExpression.Create($"http://localhost:{http.Property(EndpointProperty.Port)}");
                if (h2 is not null)
                {
                    context.EnvironmentVariables["Kestrel__Endpoints__grpc__Url"] = ReferenceExpression.Create($"http://localhost:{h2.Property(EndpointProperty.Port)}");
                    context.EnvironmentVariables["Kestrel__Endpoints__grpc__Protocols"] = "Http2";
                }
            })
            // The services run in the app host's environment (Development for the run command), which
            // decides, for one, whether the identity service seeds its development clients.
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", project.ApplicationBuilder.Environment.EnvironmentName)
            // A service flushes its telemetry as it stops; when the dashboard has already gone (the
            // whole process group stopped at once), each export would otherwise be retried for the
            // default ten seconds and hold the service's exit.
            .WithEnvironment("OTEL_EXPORTER_OTLP_TIMEOUT", "2000")
            // Aspire exports metrics every second in Development; at that rate the export is most of
            // an idle service's CPU. Every five seconds still draws the dashboard's charts live.
            .WithEnvironment("OTEL_METRIC_EXPORT_INTERVAL", "5000")
            .WithHttpHealthCheck("/health");
    }

    /// <summary>
    /// The address callers reach the platform at (the gateway's), which the identity service names
    /// as the issuer of its tokens and every service checks them against
    /// (<c>Identity__Issuer</c>). Services still reach identity directly, at its own address.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithPublicIssuer(this IResourceBuilder<ProjectResource> project, string issuer) =>
        project.WithEnvironment("Identity__Issuer", issuer);

    /// <summary>
    /// Gives the project its own client at the identity service, for service-to-service calls and
    /// token introspection: a secret made afresh on every start, handed to both sides
    /// (<c>Identity__ClientId</c>/<c>Identity__ClientSecret</c> to the project,
    /// <c>Identity__ServiceClients__&lt;clientId&gt;</c> to the identity service, which registers it).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithServiceCredentials(this IResourceBuilder<ProjectResource> project,
        IResourceBuilder<ProjectResource> identity, string? clientId = null)
    {
        clientId ??= project.Resource.Name;
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        identity.WithEnvironment($"Identity__ServiceClients__{clientId}", secret);
        return project.WithEnvironment("Identity__ClientId", clientId).WithEnvironment("Identity__ClientSecret", secret);
    }
}
