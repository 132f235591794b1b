namespace Picket.Core.Input;

/// <summary>
/// The common ground of the input pipeline's pass-through streams (counting, sniff replay, prefix tracking): read
/// forward only, never seek or write. A subclass implements <see cref="Read(Span{byte})"/>,
/// <see cref="ReadAsync(Memory{byte}, CancellationToken)"/> and <see cref="BytesRead"/>; the array overloads and the
/// refusals are here once.
/// </summary>
public abstract class ForwardReadStream : Stream
{
    /// <summary>Bytes this stream has handed out so far (its <see cref="Position"/>).</summary>
    protected abstract long BytesRead { get; }

    /// <inheritdoc/>
    public abstract override int Read(Span<byte> buffer);

    /// <inheritdoc/>
    public abstract override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default);

    /// <inheritdoc/>
    public sealed override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public sealed override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc/>
    public sealed override bool CanRead => true;
    /// <inheritdoc/>
    public sealed override bool CanSeek => false;
    /// <inheritdoc/>
    public sealed override bool CanWrite => false;
    /// <summary>Not supported: a forward stream does not know its length.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public sealed override long Length => throw new NotSupportedException();
    /// <summary>Bytes read so far; setting it is not supported.</summary>
    /// <exception cref="NotSupportedException">On set.</exception>
    public sealed override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    /// <summary>Does nothing: the stream is read-only.</summary>
    public sealed override void Flush() { }
    /// <summary>Not supported.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public sealed override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    /// <summary>Not supported.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public sealed override void SetLength(long value) => throw new NotSupportedException();
    /// <summary>Not supported.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public sealed override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
