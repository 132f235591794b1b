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

    public abstract override int Read(Span<byte> buffer);

    public abstract override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default);

    public sealed override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public sealed override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public sealed override bool CanRead => true;
    public sealed override bool CanSeek => false;
    public sealed override bool CanWrite => false;
    public sealed override long Length => throw new NotSupportedException();
    public sealed override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    public sealed override void Flush() { }
    public sealed override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public sealed override void SetLength(long value) => throw new NotSupportedException();
    public sealed override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
