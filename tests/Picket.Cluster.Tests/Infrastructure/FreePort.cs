using System.Net;
using System.Net.Sockets;

namespace Picket.Cluster.Tests.Infrastructure;

/// <summary>
/// Loopback TCP ports nobody listens on, for the servers and silos a test starts. The kernel picks an ephemeral port
/// for a listener bound to port 0; the listener is closed at once, so another process could still take the port before
/// ours binds it — the starters retry on a new port when their process exits early. Ports handed out in this process
/// are never handed out twice, so that parallel tests do not race each other for the same one.
/// </summary>
public static class FreePort
{
    private static readonly HashSet<int> Given = [];

    /// <summary>A loopback port that was free a moment ago and that this process has not handed out before.</summary>
    public static int Next()
    {
        while (true)
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            lock (Given)
                if (Given.Add(port))
                    return port;
        }
    }
}
