using System.Net;
using System.Net.Sockets;

namespace Safeguarding.AppHost.LocalServers;

/// <summary>
/// A port chosen once per run, so that a server restarted during the run comes back where its
/// clients were told it is.
/// </summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
