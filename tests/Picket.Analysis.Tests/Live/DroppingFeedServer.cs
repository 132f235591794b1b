using System.Net;
using System.Net.Sockets;

namespace Picket.Analysis.Tests.Live;

/// <summary>
/// A feed provider whose first connection breaks: it serves every connection the recording from its start, as a
/// replayer does, but closes the first one after <c>dropAfter</c> bytes, wherever in a
/// line that falls. Later connections get the whole recording and stay open and quiet, as a live feed does.
/// </summary>
internal sealed class DroppingFeedServer : IAsyncDisposable
{
    private readonly byte[] _recording;
    private readonly long _dropAfter;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _clients = [];
    private readonly Task _accepting;
    private int _connections;
    private long _sent;

    public DroppingFeedServer(string path, long dropAfter)
    {
        _recording = File.ReadAllBytes(path);
        _dropAfter = dropAfter;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string Url => $"tcp://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>Connections accepted.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Bytes written to every connection together (what a watch that read everything has received).</summary>
    public long BytesSent => Interlocked.Read(ref _sent);

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                bool first = Interlocked.Increment(ref _connections) == 1;
                lock (_clients) _clients.Add(ServeAsync(client, first ? _dropAfter : _recording.Length, drop: first));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }

    private async Task ServeAsync(TcpClient client, long bytes, bool drop)
    {
        try
        {
            var stream = client.GetStream();
            for (long sent = 0; sent < bytes; sent += 16 * 1024)
            {
                int n = (int)Math.Min(16 * 1024, bytes - sent);
                await stream.WriteAsync(_recording.AsMemory((int)sent, n), _stop.Token);
                Interlocked.Add(ref _sent, n);
            }
            // Closed mid-line: what was sent arrives (a reset could lose it in the kernel, which would make what the
            // watch took depend on its speed), then the connection ends.
            if (drop) return;
            await Task.Delay(Timeout.Infinite, _stop.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException)
        {
        }
        finally
        {
            client.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        Task[] clients;
        lock (_clients) clients = [.. _clients];
        await Task.WhenAll(clients);
        _stop.Dispose();
    }
}
