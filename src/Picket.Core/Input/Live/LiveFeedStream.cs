namespace Picket.Core.Input.Live;

/// <summary>
/// A <see cref="LiveFeed"/>'s messages as a stream of NMEA lines, for readers of streams (<c>NmeaStreamReader</c>):
/// copies the sentences of each message, batch after batch; a read returns what the current batch holds rather than
/// waiting to fill the caller's buffer, so a quiet feed is not held back. Ends when the feed ends or is cancelled.
/// </summary>
internal sealed class LiveFeedStream(IAsyncEnumerator<LiveBatch> batches) : ForwardReadStream
{
    private LiveBatch? _batch;
    private int _message, _offset;
    private long _position;
    private bool _ended;

    protected override long BytesRead => _position;

    public override int Read(Span<byte> buffer)
    {
        var copy = new byte[buffer.Length];
        int n = ReadAsync(copy).AsTask().GetAwaiter().GetResult();
        copy.AsSpan(0, n).CopyTo(buffer);
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty) return 0;
        while (_batch == null || _message >= _batch.Count)
        {
            if (_ended) return 0;
            if (!await batches.MoveNextAsync().ConfigureAwait(false))
            {
                _ended = true;
                _batch = null;
                return 0;
            }
            _batch = batches.Current;
            _message = 0;
            _offset = 0;
        }
        int written = 0;
        var span = buffer.Span;
        while (_message < _batch.Count && written < span.Length)
        {
            var sentences = _batch.Sentences(_message)[_offset..];
            int n = Math.Min(sentences.Length, span.Length - written);
            sentences[..n].CopyTo(span[written..]);
            written += n;
            _offset += n;
            if (_offset == _batch.Sentences(_message).Length)
            {
                _message++;
                _offset = 0;
            }
        }
        _position += written;
        return written;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) batches.DisposeAsync().AsTask().GetAwaiter().GetResult();
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await batches.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }
}
