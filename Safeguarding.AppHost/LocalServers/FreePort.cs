using System.Net;
using System.Net.Sockets;

namespace Safeguarding.AppHost.LocalServers;

/// <summary>
/// A port chosen once per run, so that a server restarted during the run comes back where its
/// clients were told it is. It is taken from below the kernel's ephemeral range: a port from that
/// range can be handed to any outgoing connection between being chosen and being bound (seen as a
/// PostgreSQL that could never bind its port), one below it only to another listener.
/// </summary>
public static class FreePort
{
    private const int Lowest = 20000;
    private const int DefaultEphemeralStart = 32768;
    private static readonly HashSet<int> Given = [];

    public static int Next()
    {
        var end = EphemeralStart();
        lock (Given)
        {
            for (var attempt = 0; attempt < 1000; attempt++)
            {
                var port = Random.Shared.Next(Lowest, end);
                if (!Given.Contains(port) && IsFree(port))
                {
                    Given.Add(port);
                    return port;
                }
            }
        }

        throw new InvalidOperationException($"No free port between {Lowest} and {end}.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int EphemeralStart()
    {
        try
        {
            var range = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return int.TryParse(range[0], out var start) && start > Lowest + 1000 ? start : DefaultEphemeralStart;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or IndexOutOfRangeException)
        {
            return DefaultEphemeralStart;
        }
    }
}
