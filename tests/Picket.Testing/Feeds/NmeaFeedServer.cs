using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Picket.Testing.Feeds;

/// <summary>
/// A recorded NMEA feed served over loopback TCP the way a feed provider serves it: every client that connects gets
/// the recording from its first line, at a given rate or as fast as it reads (TCP flow control then paces the
/// sender). After the last line the connection stays open and quiet, like a feed with nothing more to say. For tests
/// and benchmarks of <c>picket watch</c> until <c>picket replay</c> serves recordings.
/// </summary>
public sealed class NmeaFeedServer : IAsyncDisposable
{
    private readonly string _path;
    private readonly double _bytesPerSecond;
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly List<Task> _clients = [];
    private readonly long _holdAt;
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _bytesSent;
    private int _connections;

    /// <param name="path">The recording (plain NMEA).</param>
    /// <param name="bytesPerSecond">The rate each client is served at; 0 or less for as fast as it reads.</param>
    /// <param name="holdAtBytes">Each client's sending stops at about this many bytes until <see cref="Release"/> (a feed that stalls); null never holds.</param>
    public NmeaFeedServer(string path, double bytesPerSecond = 0, long? holdAtBytes = null)
    {
        _path = path;
        _bytesPerSecond = bytesPerSecond;
        _holdAt = holdAtBytes ?? long.MaxValue;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>The port the server listens on.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The source URL a watcher connects to.</summary>
    public string Url => $"tcp://127.0.0.1:{Port}";

    /// <summary>Lets the clients held at the hold point go on.</summary>
    public void Release() => _released.TrySetResult();

    /// <summary>Bytes written to all clients.</summary>
    public long BytesSent => Interlocked.Read(ref _bytesSent);

    /// <summary>Clients served.</summary>
    public int Connections => Volatile.Read(ref _connections);

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
                Interlocked.Increment(ref _connections);
                lock (_clients) _clients.Add(ServeAsync(client));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var buffer = new byte[1 << 16];
        var started = Stopwatch.GetTimestamp();
        long sent = 0;
        try
        {
            var net = client.GetStream();
            await using (var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true))
            {
                int n;
                while ((n = await file.ReadAsync(buffer, _stop.Token).ConfigureAwait(false)) > 0)
                {
                    await net.WriteAsync(buffer.AsMemory(0, n), _stop.Token).ConfigureAwait(false);
                    if (sent < _holdAt && sent + n >= _holdAt) await _released.Task.WaitAsync(_stop.Token).ConfigureAwait(false);
                    sent += n;
                    Interlocked.Add(ref _bytesSent, n);
                    if (_bytesPerSecond > 0)
                    {
                        var due = TimeSpan.FromSeconds(sent / _bytesPerSecond) - Stopwatch.GetElapsedTime(started);
                        if (due > TimeSpan.Zero) await Task.Delay(due, _stop.Token).ConfigureAwait(false);
                    }
                }
            }
            // Quiet but open, as a live feed between messages; the client or Dispose ends it.
            await Task.Delay(Timeout.Infinite, _stop.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        await _accepting.ConfigureAwait(false);
        Task[] clients;
        lock (_clients) clients = [.. _clients];
        await Task.WhenAll(clients).ConfigureAwait(false);
        _listener.Dispose();
        _stop.Dispose();
    }
}
