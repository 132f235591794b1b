namespace Picket.Core.Input;

/// <summary>
/// Gives back the bytes already taken from a stream to look at its start, then the rest of it: format sniffing on a
/// stream that cannot seek (gzip content, standard input, a socket) without losing what was sniffed.
/// </summary>
internal sealed class HeadReplayStream(byte[] head, int length, Stream rest) : ForwardReadStream
{
    private int _replayed;
    private long _position;

    /// <summary>Fills <paramref name="buffer"/> from <paramref name="stream"/> as far as the stream goes; the count read.</summary>
    public static async ValueTask<int> TakeHeadAsync(Stream stream, Memory<byte> buffer, CancellationToken ct)
    {
        int total = 0, n;
        while (total < buffer.Length && (n = await stream.ReadAsync(buffer[total..], ct).ConfigureAwait(false)) > 0) total += n;
        return total;
    }

    public override int Read(Span<byte> buffer)
    {
        int n = _replayed < length ? Replay(buffer) : rest.Read(buffer);
        _position += n;
        return n;
    }


    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int n = _replayed < length ? Replay(buffer.Span) : await rest.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        _position += n;
        return n;
    }


    private int Replay(Span<byte> buffer)
    {
        int n = Math.Min(buffer.Length, length - _replayed);
        head.AsSpan(_replayed, n).CopyTo(buffer);
        _replayed += n;
        return n;
    }

    protected override long BytesRead => _position;

    protected override void Dispose(bool disposing)
    {
        if (disposing) rest.Dispose();
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await rest.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }
}
