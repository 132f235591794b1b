namespace Picket.Ais.Csv;

/// <summary>
/// Reads a buffered prefix, then the rest of the stream it was taken from: lets a reader look at the start of a
/// non-seekable input (gzip, standard input) and then read the whole input from the beginning.
/// </summary>
internal sealed class PrefixedStream(byte[] prefix, int length, Stream rest) : Stream
{
    private int _position;

    public override int Read(Span<byte> buffer)
    {
        if (_position < length)
        {
            int n = Math.Min(buffer.Length, length - _position);
            prefix.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        return rest.Read(buffer);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <summary>Fills <paramref name="buffer"/> from <paramref name="stream"/> as far as it goes; the count read.</summary>
    public static int ReadPrefix(Stream stream, Span<byte> buffer)
    {
        int total = 0, n;
        while (total < buffer.Length && (n = stream.Read(buffer[total..])) > 0) total += n;
        return total;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
