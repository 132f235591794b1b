namespace Picket.Core.Events;

/// <summary>
/// Splits a UTF-8 stream into lines of at most <see cref="MaxLineBytes"/> bytes without ever holding more: a longer
/// line is skipped to its end and reported as such, so a file with no newline (or a hostile one) cannot grow memory.
/// The line handed out is only valid until the next call.
/// </summary>
internal sealed class BoundedLineReader(Stream stream, int maxLineBytes)
{
    private byte[] _buffer = new byte[Math.Min(64 * 1024, maxLineBytes + 1)];
    private int _start, _end;
    private bool _eof, _skipping;

    public int MaxLineBytes { get; } = maxLineBytes;

    /// <summary>Lines read so far, the current one included (1-based line number of the last line returned).</summary>
    public long LineNumber { get; private set; }

    /// <returns>False at the end of the stream. <paramref name="tooLong"/> is set (and the line empty) for a line over the limit.</returns>
    public bool TryRead(out ReadOnlyMemory<byte> line, out bool tooLong)
    {
        while (true)
        {
            var nl = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (nl >= 0)
            {
                LineNumber++;
                tooLong = _skipping || nl - _start > MaxLineBytes;
                line = tooLong ? ReadOnlyMemory<byte>.Empty : TrimCr(_buffer.AsMemory(_start, nl - _start));
                _skipping = false;
                _start = nl + 1;
                return true;
            }
            if (_eof)
            {
                if (_start == _end && !_skipping)
                {
                    line = default;
                    tooLong = false;
                    return false;
                }
                LineNumber++;
                tooLong = _skipping || _end - _start > MaxLineBytes;
                line = tooLong ? ReadOnlyMemory<byte>.Empty : TrimCr(_buffer.AsMemory(_start, _end - _start));
                _start = _end;
                _skipping = false;
                return true;
            }
            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            if (_buffer.Length > MaxLineBytes)
            {
                _skipping = true; // over the limit with no newline yet: drop what we have and look for the line's end
                _end = 0;
            }
            else
                Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, MaxLineBytes + 1L));
        }
        var n = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0)
            _eof = true;
        _end += n;
    }

    private static ReadOnlyMemory<byte> TrimCr(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;
}
