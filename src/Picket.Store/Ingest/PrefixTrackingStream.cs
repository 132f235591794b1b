using Picket.Core.Input;
using System.Security.Cryptography;

namespace Picket.Store.Ingest;

/// <summary>
/// A read-only pass-through over a file's decompressed content that keeps its <see cref="ContentPrefix"/> as it is
/// read: the SHA-256 of every byte through the last line feed seen, the count of line feeds, and the head hash. With a
/// <see cref="Boundary"/> it also never returns bytes on both sides of that offset in one read and says when reading
/// has passed it (<see cref="PastBoundary"/>): a line reader that asks for more only after handling every whole line it
/// holds has then handled exactly the lines before the boundary, so a caller can send only later messages to the store.
/// </summary>
public sealed class PrefixTrackingStream(Stream inner, long boundary = 0) : ForwardReadStream
{
    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _head = new byte[ContentPrefix.HeadBytes];
    private readonly byte[] _tail = new byte[4096];
    private int _tailLength;
    private bool _overlong, _closed;
    private ContentPrefix? _atClose;
    private long _position;

    /// <summary>Line feeds read so far.</summary>
    public long Lines { get; private set; }

    /// <summary>Decompressed bytes through the last line feed read.</summary>
    public long BytesThroughLastLine { get; private set; }

    /// <summary>The offset whose crossing <see cref="PastBoundary"/> reports; 0 for none.</summary>
    public long Boundary { get; } = boundary;

    /// <summary>True once a read was asked for at or after <see cref="Boundary"/>.</summary>
    public bool PastBoundary { get; private set; }

    /// <summary>The prefix of what was read, through its last line feed (at most <paramref name="maxLines"/> lines); null when shorter than the head.</summary>
    public ContentPrefix? Prefix(long maxLines = long.MaxValue)
    {
        if (_closed) return _atClose is { } p && p.Lines <= maxLines ? p : null;
        if (_overlong || _position < ContentPrefix.HeadBytes || Lines == 0 || Lines > maxLines) return null;
        using var copy = _sha.Clone();
        return new ContentPrefix(Convert.ToHexStringLower(SHA256.HashData(_head)), Lines, BytesThroughLastLine, Convert.ToHexStringLower(copy.GetCurrentHash()));
    }

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        if (Boundary > 0 && !PastBoundary)
        {
            if (_position >= Boundary) PastBoundary = true;
            else if (buffer.Length > Boundary - _position) buffer = buffer[..(int)(Boundary - _position)];
        }
        int n = inner.Read(buffer);
        Track(buffer[..n]);
        return n;
    }


    /// <inheritdoc/>
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (Boundary > 0 && !PastBoundary)
        {
            if (_position >= Boundary) PastBoundary = true;
            else if (buffer.Length > Boundary - _position) buffer = buffer[..(int)(Boundary - _position)];
        }
        int n = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Track(buffer.Span[..n]);
        return n;
    }


    private void Track(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty || _overlong) return;
        if (_position < ContentPrefix.HeadBytes)
        {
            int take = (int)Math.Min(data.Length, ContentPrefix.HeadBytes - _position);
            data[..take].CopyTo(_head.AsSpan((int)_position));
        }
        _position += data.Length;
        int last = data.LastIndexOf((byte)'\n');
        if (last < 0)
        {
            Keep(data);
            return;
        }
        // Bytes after the previous line feed, then this chunk through its last line feed, join the hash; the rest waits.
        _sha.AppendData(_tail.AsSpan(0, _tailLength));
        _sha.AppendData(data[..(last + 1)]);
        _tailLength = 0;
        Lines += System.MemoryExtensions.Count(data[..(last + 1)], (byte)'\n');
        BytesThroughLastLine = _position - (data.Length - last - 1);
        Keep(data[(last + 1)..]);
    }

    private void Keep(ReadOnlySpan<byte> data)
    {
        if (_overlong) return;
        if (_tailLength + data.Length > _tail.Length)
        {
            // A "line" longer than any NMEA sentence: memory stays bounded and the file simply gets no prefix.
            _overlong = true;
            return;
        }
        data.CopyTo(_tail.AsSpan(_tailLength));
        _tailLength += data.Length;
    }

    /// <inheritdoc/>
    protected override long BytesRead => _position;

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_closed)
        {
            _atClose = Prefix(); // still asked for after the reader closed the stream
            _closed = true;
            _sha.Dispose();
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
