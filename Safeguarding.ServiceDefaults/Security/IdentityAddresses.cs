using Microsoft.Extensions.Configuration;

namespace Safeguarding.ServiceDefaults.Security;

/// <summary>
/// Where the identity service is, twice over: the public issuer its tokens and discovery document
/// name (<c>Identity:Issuer</c>, the gateway's address), and the address services reach it at
/// directly (<c>services:identity:http:0</c>). A service's requests to the public address (discovery,
/// keys, introspection, tokens) are sent to the direct one, so services do not depend on the gateway.
/// </summary>
public sealed record IdentityAddresses(Uri Issuer, Uri Direct)
{
    public static IdentityAddresses From(IConfiguration configuration)
    {
        var direct = configuration["services:identity:http:0"]
                     ?? throw new InvalidOperationException("services:identity:http:0 is missing: reference the identity service.");
        return new IdentityAddresses(PublicIssuer(configuration)!, WithSlash(direct));
    }

    /// <summary>The public issuer, or the identity service's own address without one; null when neither is configured.</summary>
    public static Uri? PublicIssuer(IConfiguration configuration) =>
        (configuration["Identity:Issuer"] is { Length: > 0 } configured ? configured : configuration["services:identity:http:0"]) is { Length: > 0 } issuer
            ? WithSlash(issuer)
            : null;

    /// <summary>The direct address for a request made to the public one; any other request unchanged.</summary>
    public Uri Route(Uri requested)
    {
        if (Issuer == Direct || !string.Equals(requested.GetLeftPart(UriPartial.Authority), Issuer.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
        {
            return requested;
        }

        return new UriBuilder(requested) { Scheme = Direct.Scheme, Host = Direct.Host, Port = Direct.Port }.Uri;
    }

    private static Uri WithSlash(string address) => new(address.TrimEnd('/') + "/", UriKind.Absolute);
}
