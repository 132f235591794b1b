namespace Picket.Core.Input;

/// <summary>A read-only pass-through that counts the bytes read (readable from any thread) and reports each read.</summary>
internal sealed class CountingStream(Stream inner, Action<int>? onRead) : ForwardReadStream
{
    private long _bytes;

    /// <summary>Bytes read so far.</summary>
    public long Bytes => Volatile.Read(ref _bytes);


    public override int Read(Span<byte> buffer) => Counted(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Counted(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));


    private int Counted(int n)
    {
        Volatile.Write(ref _bytes, _bytes + n);
        if (n > 0) onRead?.Invoke(n);
        return n;
    }

    protected override long BytesRead => Bytes;

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }
}
