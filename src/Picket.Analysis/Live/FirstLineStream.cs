using System.Security.Cryptography;

namespace Picket.Analysis.Live;

/// <summary>
/// A connection's bytes on their way to the NMEA reader: counts them, keeps the first line (what a restarted watcher
/// compares to know whether the feed began again from the start of a recording) and calls back before each read that
/// may wait, so the reader's half-filled batch goes to the analysis before the reader sleeps on the socket.
/// </summary>
internal sealed class FirstLineStream(Stream inner, Action beforeRead) : Stream
{
    private const int MaxLine = 1024;
    private readonly byte[] _first = new byte[MaxLine];
    private int _firstLength;
    private bool _firstDone;

    /// <summary>Bytes read so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>A short hash of the connection's first line (or of what came of it so far); empty before any byte.</summary>
    public string Fingerprint => _firstLength == 0 ? "" : Convert.ToHexString(SHA256.HashData(_first.AsSpan(0, _firstLength)))[..32];

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        beforeRead();
        int n = inner.Read(buffer);
        Took(buffer[..n]);
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        beforeRead();
        int n = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Took(buffer.Span[..n]);
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private void Took(ReadOnlySpan<byte> bytes)
    {
        BytesRead += bytes.Length;
        if (_firstDone) return;
        // Line ends before the first line are no part of it (a feed may begin with the previous line's CR LF).
        if (_firstLength == 0) bytes = bytes.TrimStart("\r\n"u8);
        if (bytes.IsEmpty) return;
        int end = bytes.IndexOfAny((byte)'\n', (byte)'\r');
        var part = end < 0 ? bytes : bytes[..end];
        int take = Math.Min(part.Length, MaxLine - _firstLength);
        part[..take].CopyTo(_first.AsSpan(_firstLength));
        _firstLength += take;
        if (end >= 0 || _firstLength == MaxLine) _firstDone = true;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
