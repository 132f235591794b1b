using System.Security.Cryptography;

namespace Picket.Core.Input;

/// <summary>
/// A read-only stream over a file that computes <see cref="FileHash"/>'s SHA-256 of the bytes as they are read, so a
/// caller that decodes a file anyway (<c>picket analyze</c> feeding the store) gets the store's file
/// key without a second read of a 50 GB file. Put it under any decompression (the key is of the file's bytes, gzip
/// or not). Rewinding is allowed (format sniffing reads a few bytes and seeks back to 0): bytes are hashed once, in
/// order, the first time they are read; a forward seek past unread bytes makes the hash unavailable.
/// </summary>
/// <param name="inner">The file's stream, read from its start.</param>
/// <param name="leaveOpen">Whether disposing this stream leaves <paramref name="inner"/> open.</param>
public sealed class HashingStream(Stream inner, bool leaveOpen = false) : Stream
{
    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _hashedTo;
    private bool _skipped, _atEnd;
    private string? _hex;

    /// <summary>True once the read reached the end of the file with every byte hashed: <see cref="HashHex"/> is then valid.</summary>
    public bool HashComplete => _atEnd && !_skipped;

    /// <summary>The lower-case hex SHA-256 of the whole file (as <see cref="FileHash.Compute"/>); throws before the end is read. Still valid after Dispose.</summary>
    public string HashHex
    {
        get
        {
            if (!HashComplete) throw new InvalidOperationException("the file was not read to its end in order; use FileHash.Compute");
            return _hex!;
        }
    }

    /// <inheritdoc/>
    public override bool CanRead => true;
    /// <summary>Whether the file beneath can seek (rewinding to sniff is then allowed).</summary>
    public override bool CanSeek => inner.CanSeek;
    /// <inheritdoc/>
    public override bool CanWrite => false;
    /// <inheritdoc/>
    public override long Length => inner.Length;

    /// <inheritdoc/>
    public override long Position
    {
        get => inner.Position;
        set => Seek(value, SeekOrigin.Begin);
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        long at = inner.CanSeek ? inner.Position : _hashedTo;
        int n = inner.Read(buffer);
        Hash(at, buffer[..n]);
        return n;
    }

    /// <inheritdoc/>
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        long at = inner.CanSeek ? inner.Position : _hashedTo;
        int n = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Hash(at, buffer.Span[..n]);
        return n;
    }

    /// <inheritdoc/>
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Hashes the part of a read at file offset <paramref name="at"/> that lies beyond what is already hashed.</summary>
    private void Hash(long at, ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            // End of file: finish the hash now, so it survives a reader that disposes the stream when done.
            if (at >= _hashedTo && !_atEnd)
            {
                _atEnd = true;
                if (!_skipped) _hex = Convert.ToHexStringLower(_sha.GetHashAndReset());
            }
            return;
        }
        if (at > _hashedTo) _skipped = true;
        long end = at + data.Length;
        if (_skipped || end <= _hashedTo) return;
        _sha.AppendData(data[(int)(_hashedTo - at)..]);
        _hashedTo = end;
    }

    /// <summary>Seeks the file beneath; a seek beyond the bytes hashed so far makes the hash unavailable.</summary>
    public override long Seek(long offset, SeekOrigin origin)
    {
        long to = inner.Seek(offset, origin);
        if (to > _hashedTo) _skipped = true;
        return to;
    }

    /// <summary>Does nothing: the stream is read-only.</summary>
    public override void Flush() { }
    /// <summary>Not supported.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override void SetLength(long value) => throw new NotSupportedException();
    /// <summary>Not supported.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sha.Dispose();
            if (!leaveOpen) inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
