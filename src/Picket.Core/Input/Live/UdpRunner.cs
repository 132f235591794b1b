using System.Net;
using System.Net.Sockets;

namespace Picket.Core.Input.Live;

/// <summary>
/// <c>udp://host:port</c>: listens for datagrams, as receivers send them (one or several lines per datagram; a line
/// ends with its datagram even without a terminator). Each sender has its own session, so two receivers' fragments are
/// never joined; up to <see cref="LiveFeedOptions.MaxUdpSenders"/> senders are tracked, the least recently heard one
/// closed to make room. UDP cannot be slowed, so a full queue drops the batch (counted).
/// </summary>
internal sealed class UdpRunner(LiveSourceState state) : LiveSourceRunner(state)
{
    /// <summary>The largest UDP payload (65,535 − 8-byte UDP header − 20-byte IPv4 header).</summary>
    private const int MaxDatagram = 65_507;

    private Socket? _socket;
    private readonly Dictionary<SocketAddress, Sender> _senders = [];
    private long _datagrams;

    private sealed class Sender(LiveSession session)
    {
        public LiveSession Session { get; } = session;
        public long LastDatagram { get; set; }
        public bool Dirty { get; set; }
    }

    public override void Bind()
    {
        var address = State.Address;
        var ip = IPAddress.TryParse(address.Host, out var parsed) ? parsed
            : Dns.GetHostAddresses(address.Host).FirstOrDefault() ?? throw new SocketException((int)SocketError.HostNotFound);
        var socket = new Socket(ip.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            // A burst larger than the queue waits in the kernel rather than being dropped at once.
            socket.ReceiveBufferSize = 1 << 20;
            socket.Bind(new IPEndPoint(ip, address.Port));
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        _socket = socket;
        State.LocalEndPoint = socket.LocalEndPoint;
    }

    protected override void Unbind() => _socket?.Dispose();

    public override async Task RunAsync(CancellationToken cancellationToken)
    {
        var socket = _socket ?? throw new InvalidOperationException("not bound");
        var buffer = new byte[MaxDatagram];
        var from = new SocketAddress(socket.AddressFamily);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                int n;
                try
                {
                    n = await socket.ReceiveFromAsync(buffer, SocketFlags.None, from, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                catch (SocketException e)
                {
                    // ICMP port unreachable and the like arrive as errors on a UDP socket; they end nothing.
                    State.Failed(e.Message);
                    continue;
                }
                var sender = SenderFor(from);
                var now = State.Clock.GetUtcNow();
                State.Received(now);
                sender.LastDatagram = ++_datagrams;
                sender.Session.Received(buffer.AsSpan(0, n), now);
                sender.Session.EndOfRecord();
                sender.Dirty = true;
                // Batches gather what arrived together: hand them on when nothing more is waiting in the socket.
                if (socket.Available == 0) await FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            foreach (var s in _senders.Values) State.CloseSession(s.Session);
            _senders.Clear();
            socket.Dispose();
        }
    }

    private async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var s in _senders.Values)
        {
            if (!s.Dirty) continue;
            s.Dirty = false;
            await s.Session.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private Sender SenderFor(SocketAddress from)
    {
        if (_senders.TryGetValue(from, out var sender)) return sender;
        if (_senders.Count >= State.Options.MaxUdpSenders)
        {
            var oldest = _senders.MinBy(kv => kv.Value.LastDatagram);
            _senders.Remove(oldest.Key);
            State.Refused();
            State.CloseSession(oldest.Value.Session);
        }
        var key = new SocketAddress(from.Family, from.Size);
        from.Buffer.CopyTo(key.Buffer);
        sender = new Sender(State.OpenSession());
        _senders[key] = sender;
        return sender;
    }
}
