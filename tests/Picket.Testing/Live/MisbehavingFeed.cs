using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Picket.Ais.Nmea;

namespace Picket.Testing.Live;

/// <summary>
/// A TCP feed that behaves badly on purpose, for tests of live sources and of the watcher: it serves a list of messages
/// in order to whoever connects, and along the way drops connections mid-line, sends garbage, over-long lines and
/// floods of fragments that never complete, and stalls (see <see cref="Misbehaviour"/>). A new connection continues
/// where the last one stopped, as a provider's live stream does, so every message is delivered whole exactly once and
/// the faults are exactly the planted ones (<see cref="Planted"/>). After the last message the connection stays open
/// and silent.
/// </summary>
public sealed class MisbehavingFeed : IAsyncDisposable
{
    private readonly IReadOnlyList<string> _messages;
    private readonly Misbehaviour _plan;
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;
    private int _next;
    private bool _stalled;
    private int _disposed;

    /// <param name="messages">The messages (each its NMEA lines with line ends), e.g. from <see cref="FeedRecording.Messages"/>.</param>
    /// <param name="plan">The faults.</param>
    public MisbehavingFeed(IReadOnlyList<string> messages, Misbehaviour plan)
    {
        _messages = messages;
        _plan = plan;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        EndPoint = (IPEndPoint)_listener.LocalEndpoint;
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>Where to connect.</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>The URL of the feed for a <c>tcp://</c> source.</summary>
    public string Url => $"tcp://127.0.0.1:{EndPoint.Port}";

    /// <summary>What was planted so far.</summary>
    public PlantedFaults Planted { get; } = new();

    /// <summary>Messages sent whole so far.</summary>
    public int MessagesSent => Volatile.Read(ref _next);

    /// <summary>True once every message was sent.</summary>
    public bool Done => MessagesSent >= _messages.Count;

    private async Task ServeAsync()
    {
        var ct = _stop.Token;
        CancellationTokenSource? current = null;
        Task previous = Task.CompletedTask;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(ct).ConfigureAwait(false);
                }
                catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
                {
                    return;
                }
                // One client at a time, as a provider serves one account: a new connection takes over from the last,
                // which stops before its next write (the client has given up on it).
                if (current != null) await current.CancelAsync().ConfigureAwait(false);
                await previous.ConfigureAwait(false);
                current?.Dispose();
                current = CancellationTokenSource.CreateLinkedTokenSource(ct);
                Planted.Connections++;
                previous = ServeClientAsync(client, current.Token);
            }
        }
        finally
        {
            if (current != null) await current.CancelAsync().ConfigureAwait(false);
            await previous.ConfigureAwait(false);
            current?.Dispose();
        }
    }

    private async Task ServeClientAsync(TcpClient client, CancellationToken ct)
    {
        try
        {
            using (client)
            {
                await ServeConnectionAsync(client.GetStream(), ct).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
        {
            // The client went away, or a newer connection took over: the next connection continues.
        }
    }

    private async Task ServeConnectionAsync(NetworkStream stream, CancellationToken ct)
    {
        int sentHere = 0;
        var connected = DateTime.UtcNow;
        while (_next < _messages.Count)
        {
            int n = _next;
            if (n > 0 && sentHere > 0 && ((_plan.DisconnectEvery > 0 && n % _plan.DisconnectEvery == 0 && sentHere >= _plan.DisconnectEvery)
                || (_plan.DisconnectAfter is { } after && DateTime.UtcNow - connected >= after)))
            {
                // Cut the next line in half and drop the connection; the whole message goes on the next connection.
                string line = _messages[n];
                await WriteAsync(stream, line[..(line.IndexOf('\n', StringComparison.Ordinal) / 2)], ct).ConfigureAwait(false);
                Planted.HalfLines++;
                Planted.Disconnects++;
                return;
            }
            if (_plan.StallAfter > 0 && n == _plan.StallAfter && !_stalled)
            {
                // Silent with the connection open; then dropped without another byte, as a hung provider's
                // connection is reset in the end. Nothing written into a connection the client gave up is lost.
                _stalled = true;
                Planted.Stalls++;
                await Task.Delay(_plan.StallFor, ct).ConfigureAwait(false);
                return;
            }
            await WriteAsync(stream, _messages[n], ct).ConfigureAwait(false);
            Volatile.Write(ref _next, n + 1);
            sentHere++;
            int count = n + 1;
            if (_plan.GarbageEvery > 0 && count % _plan.GarbageEvery == 0)
            {
                await WriteAsync(stream, "GARBAGE \u0001\u0002 ~~ not a sentence ~~\r\n", ct).ConfigureAwait(false);
                Planted.Garbage++;
            }
            if (_plan.OverlongEvery > 0 && count % _plan.OverlongEvery == 0)
            {
                await WriteAsync(stream, new string('A', _plan.OverlongBytes / 2), ct).ConfigureAwait(false);
                await WriteAsync(stream, new string('B', _plan.OverlongBytes - _plan.OverlongBytes / 2) + "\r\n", ct).ConfigureAwait(false);
                Planted.Overlong++;
            }
            if (_plan.FloodEvery > 0 && count % _plan.FloodEvery == 0)
            {
                var flood = new StringBuilder();
                for (int i = 0; i < _plan.FloodSize; i++) flood.Append(FirstFragment(i));
                await WriteAsync(stream, flood.ToString(), ct).ConfigureAwait(false);
                Planted.FloodFragments += _plan.FloodSize;
            }
        }
        // Everything sent: stay connected and silent until the test ends.
        await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
    }

    /// <summary>The first of two sentences of a type 5 that never gets its second (a plausible start: a jammer's best).</summary>
    private static string FirstFragment(int i)
    {
        string body = string.Create(CultureInfo.InvariantCulture, $"AIVDM,2,1,{i % 10},{(i % 2 == 0 ? 'A' : 'B')},55NBs4P00001L@;KS7:4000000000000000000000000000000000000000000000,0");
        byte sum = NmeaChecksum.Compute(Encoding.ASCII.GetBytes(body));
        return "!" + body + "*" + sum.ToString("X2", CultureInfo.InvariantCulture) + "\r\n";
    }

    private static ValueTask WriteAsync(NetworkStream stream, string text, CancellationToken ct) =>
        stream.WriteAsync(Encoding.ASCII.GetBytes(text), ct);

    /// <summary>Stops serving and closes the connection (a session closing counts its pending fragments as stale).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        try
        {
            await _serving.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        _listener.Dispose();
        _stop.Dispose();
    }
}

/// <summary>The faults a <see cref="MisbehavingFeed"/> planted.</summary>
public sealed class PlantedFaults
{
    /// <summary>Connections accepted.</summary>
    public int Connections { get; internal set; }
    /// <summary>Connections dropped on purpose.</summary>
    public int Disconnects { get; internal set; }
    /// <summary>Lines cut in half by a disconnect.</summary>
    public int HalfLines { get; internal set; }
    /// <summary>Garbage lines.</summary>
    public int Garbage { get; internal set; }
    /// <summary>Over-long lines.</summary>
    public int Overlong { get; internal set; }
    /// <summary>First fragments that never complete.</summary>
    public int FloodFragments { get; internal set; }
    /// <summary>Stalls.</summary>
    public int Stalls { get; internal set; }
}
