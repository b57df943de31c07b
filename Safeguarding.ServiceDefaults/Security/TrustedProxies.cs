using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;

namespace Safeguarding.ServiceDefaults.Security;

/// <summary>
/// X-Forwarded-* headers are believed only from a proxy in a trusted network
/// (<c>ForwardedHeaders:TrustedNetworks</c>). A service's default is loopback, where the gateway
/// calls it from: links and OpenAPI server addresses then name the gateway, and the audit trail the
/// caller's own address. Anyone else's header is ignored, so no caller can write an address of its
/// choosing into the audit trail or reset its rate limit.
/// </summary>
public static class TrustedProxies
{
    public const string Section = "ForwardedHeaders:TrustedNetworks";

    public static readonly string[] Loopback = ["127.0.0.0/8", "::1/128"];

    public static void Configure(ForwardedHeadersOptions options, IConfiguration configuration, string[] defaults)
    {
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var network in configuration.GetSection(Section).Get<string[]>() ?? defaults)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        // Empty lists would mean "trust everyone" to the middleware: trust no one instead.
        options.ForwardedHeaders = options.KnownIPNetworks.Count == 0
            ? ForwardedHeaders.None
            : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
    }
}
