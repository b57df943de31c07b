using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Transforms;

namespace Safeguarding.Gateway;

/// <summary>
/// Routes and clusters built from service discovery configuration (<c>services:&lt;name&gt;:http:0</c>,
/// set by the app host), as the YARP service-discovery integration would.
/// </summary>
public static class ProxyConfiguration
{
    public static IReverseProxyBuilder AddSafeguardingRoutes(this IReverseProxyBuilder proxy, IConfiguration configuration)
    {
        var routes = new List<RouteConfig>();
        var clusters = new List<ClusterConfig>();
        foreach (var (service, prefixes, _) in GatewayServices.All)
        {
            var address = configuration[$"services:{service}:http:0"];
            if (string.IsNullOrWhiteSpace(address))
            {
                // Not part of this deployment: its paths answer 404 from the gateway itself.
                continue;
            }

            clusters.Add(new ClusterConfig
            {
                ClusterId = service,
                Destinations = new Dictionary<string, DestinationConfig> { [service] = new() { Address = address } },
                HttpRequest = new() { ActivityTimeout = TimeSpan.FromSeconds(60) },
            });
            // The gateway turns away callers without a valid token; each service then applies its own policies.
            routes.AddRange(prefixes.Select((prefix, i) => new RouteConfig
            {
                RouteId = $"{service}-api-{i}", ClusterId = service, Match = new() { Path = prefix + "/{**rest}" }, AuthorizationPolicy = "default",
            }));
            // The reference page at /scalar/ asks for its documents relative to itself.
            foreach (var path in new[] { GatewayServices.OpenApiPath(service), "/scalar" + GatewayServices.OpenApiPath(service) })
            {
                routes.Add(new RouteConfig
                {
                    RouteId = $"{service}-openapi{(path.StartsWith("/scalar", StringComparison.Ordinal) ? "-reference" : "")}",
                    ClusterId = service,
                    Match = new() { Path = path, Methods = ["GET"] },
                    AuthorizationPolicy = "anonymous",
                }.WithTransformPathSet("/openapi/v1.json"));
            }
        }

        // The public register of published reviews, for anyone: the publication service shows nothing unpublished there.
        if (clusters.Any(c => c.ClusterId == "publication"))
        {
            routes.Add(new RouteConfig
            {
                RouteId = "publication-register", ClusterId = "publication", Match = new() { Path = "/register/{**rest}", Methods = ["GET"] },
                AuthorizationPolicy = "anonymous",
            });
            // Anything but a read of it needs a token, like the rest of the platform.
            routes.Add(new RouteConfig
            {
                RouteId = "publication-register-writes", ClusterId = "publication", Match = new() { Path = "/register/{**rest}" },
                AuthorizationPolicy = "default", Order = 1,
            });
        }

        // The authorization, token and end-session endpoints and discovery documents of the identity service.
        if (configuration["services:identity:http:0"] is { Length: > 0 } identity)
        {
            if (!clusters.Any(c => c.ClusterId == "identity"))
            {
                clusters.Add(new ClusterConfig
                {
                    ClusterId = "identity",
                    Destinations = new Dictionary<string, DestinationConfig> { ["identity"] = new() { Address = identity } },
                });
            }
            routes.Add(new RouteConfig { RouteId = "identity-connect", ClusterId = "identity", Match = new() { Path = "/connect/{**rest}" }, AuthorizationPolicy = "anonymous" });
            // The sign-in page people reach from the authorization endpoint.
            routes.Add(new RouteConfig { RouteId = "identity-account", ClusterId = "identity", Match = new() { Path = "/account/{**rest}" }, AuthorizationPolicy = "anonymous" });
            routes.Add(new RouteConfig { RouteId = "identity-discovery", ClusterId = "identity", Match = new() { Path = "/.well-known/{**rest}" }, AuthorizationPolicy = "anonymous" });
        }

        // Everything else is the web front end's: its pages, styles and scripts, and its sign-in
        // callbacks. It signs people in itself; the most specific route always wins, so the paths above stay the services'.
        if (configuration["services:web:http:0"] is { Length: > 0 } web)
        {
            clusters.Add(new ClusterConfig
            {
                ClusterId = "web",
                Destinations = new Dictionary<string, DestinationConfig> { ["web"] = new() { Address = web } },
            });
            routes.Add(new RouteConfig { RouteId = "web", ClusterId = "web", Match = new() { Path = "/{**rest}" }, AuthorizationPolicy = "anonymous", Order = int.MaxValue });
        }

        return proxy.LoadFromMemory(routes, clusters);
    }
}
