using System.Net;
using System.Net.Sockets;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>
/// Where pushes may go: HTTPS to a named public host, connected only to public addresses (checked
/// again when the name is resolved, at every connection). Plain HTTP and loopback or private
/// addresses only where the deployment allows them (the development stand-in receiver), so that a
/// subscription cannot be pointed at the platform's own internal services.
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

        return uri.Scheme == "https" && !uri.IsLoopback && (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address)
            ? !IsPrivate(address)
            : uri.Host.Contains('.', StringComparison.Ordinal) && !uri.Host.EndsWith(".local", StringComparison.OrdinalIgnoreCase)
              && !uri.Host.EndsWith(".internal", StringComparison.OrdinalIgnoreCase) && !uri.Host.EndsWith(".svc", StringComparison.OrdinalIgnoreCase)
              && !uri.Host.Contains(".svc.", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Loopback, private (RFC 1918, unique local), link-local, carrier-grade NAT or unspecified.</summary>
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b6 = address.GetAddressBytes();
            return IPAddress.IsLoopback(address) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || (b6[0] & 0xfe) == 0xfc
                || address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any);
        }

        var b = address.GetAddressBytes();
        return IPAddress.IsLoopback(address) || b[0] is 0 or 10 or 127 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254) || (b[0] == 100 && b[1] is >= 64 and <= 127) || b[0] >= 224;
    }

    /// <summary>Connects to the endpoint's host at a public address only, unless the deployment allows private ones.</summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Connect(bool allowInsecure) => async (context, ct) =>
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
        var allowed = allowInsecure ? addresses : [.. addresses.Where(a => !IsPrivate(a))];
        if (allowed.Length == 0)
        {
            throw new HttpRequestException("The endpoint's host has no public address.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    };
}
