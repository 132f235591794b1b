using System.Net.Sockets;
using Picket.Core.Input.Live;

namespace Picket.Analysis.Live;

/// <summary>
/// A feed the watcher connects to (<c>tcp://host:port</c>), as aggregators and receivers offer NMEA over TCP. A
/// refused or dropped connection is tried again after <see cref="ReconnectBackoff"/> (the live sources' policy: doubling
/// up to 30 s, with jitter so that many watchers of one feed do not reconnect in step).
/// </summary>
public sealed class TcpClientSource(string name, string host, int port) : LiveSource(name)
{
    /// <summary>
    /// The live sources' backoff (equal jitter, capped at 30 s), with a short first step: a replayer or a feed that
    /// closed one connection usually takes the next at once.
    /// </summary>
    private static readonly ReconnectBackoff Backoff = new(TimeSpan.FromMilliseconds(100), ReconnectBackoff.Default.Cap);
    private int _failures;

    /// <summary>Connections made after the first.</summary>
    public long Reconnections { get; private set; }

    /// <summary>Connection attempts that failed.</summary>
    public long FailedConnects { get; private set; }

    private bool _connectedOnce;

    /// <inheritdoc/>
    public override bool Reconnects => true;

    /// <inheritdoc/>
    public override async ValueTask<Stream?> ConnectAsync(CancellationToken cancellationToken)
    {
        // Called again after a connection ended: the feed dropped us, which counts as one failure for the backoff.
        if (_connectedOnce) _failures = Math.Max(_failures, 1);
        while (true)
        {
            var delay = Backoff.Delay(_failures, Random.Shared.NextDouble());
            if (delay > TimeSpan.Zero)
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            var client = new TcpClient { NoDelay = true };
            try
            {
                await client.ConnectAsync(host, port, cancellationToken).ConfigureAwait(false);
                if (_connectedOnce) Reconnections++;
                _connectedOnce = true;
                _failures = 0;
                return new OwningStream(client);
            }
            catch (SocketException)
            {
                client.Dispose();
                FailedConnects++;
                _failures++;
            }
        }
    }

    /// <summary>The client's stream, which closes the client with itself.</summary>
    private sealed class OwningStream(TcpClient client) : Stream
    {
        private readonly NetworkStream _inner = client.GetStream();
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => _inner.ReadAsync(buffer, cancellationToken);
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => _inner.ReadAsync(buffer, offset, count, cancellationToken);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
                client.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
