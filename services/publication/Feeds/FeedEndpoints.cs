using System.Net;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>
/// Where pushes may go: HTTPS to a named public host. Plain HTTP and loopback or private addresses
/// only where the deployment allows them (the development stand-in receiver), so that a subscription
/// cannot be pointed at the platform's own internal services.
/// </summary>
public static class FeedEndpoints
{
    public static bool Acceptable(string endpoint, bool allowInsecure)
    {
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return false;
        }

        if (allowInsecure)
        {
            return true;
        }

        return uri.Scheme == "https" && !uri.IsLoopback && !IsPrivate(uri.Host);
    }

    private static bool IsPrivate(string host)
    {
        if (!IPAddress.TryParse(host, out var address))
        {
            return host.EndsWith(".local", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".internal", StringComparison.OrdinalIgnoreCase)
                || !host.Contains('.', StringComparison.Ordinal);
        }

        var bytes = address.MapToIPv4().GetAddressBytes();
        return IPAddress.IsLoopback(address) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || bytes[0] == 10 || bytes[0] == 127
            || (bytes[0] == 172 && bytes[1] is >= 16 and <= 31) || (bytes[0] == 192 && bytes[1] == 168) || (bytes[0] == 169 && bytes[1] == 254) || bytes[0] == 0;
    }
}
