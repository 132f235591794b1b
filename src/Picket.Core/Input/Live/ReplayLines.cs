namespace Picket.Core.Input.Live;

/// <summary>
/// Cuts a recording's bytes into lines for a replay, each given back with a CRLF end (IEC 61162-1 §5.3) whatever the
/// file used. A line longer than the limit is dropped (it cannot be a sentence); memory is one line and one chunk.
/// </summary>
internal sealed class ReplayLines(int maxLineLength)
{
    private readonly byte[] _partial = new byte[maxLineLength + 2];
    private int _partialLength;
    private bool _skipping;
    private ReadOnlyMemory<byte> _chunk;
    private byte[] _out = new byte[maxLineLength + 2];
    private bool _endOfFile;

    public void Add(ReadOnlyMemory<byte> chunk) => _chunk = chunk;

    public void EndOfFile() => _endOfFile = true;

    /// <summary>The next whole line (valid until the next call), or false when the chunk is used up.</summary>
    public bool TryTake(out ReadOnlyMemory<byte> line)
    {
        while (true)
        {
            var span = _chunk.Span;
            int end = span.IndexOfAny((byte)'\n', (byte)'\r');
            if (end < 0)
            {
                if (!_skipping)
                {
                    if (_partialLength + span.Length > maxLineLength) { _skipping = true; _partialLength = 0; }
                    else { span.CopyTo(_partial.AsSpan(_partialLength)); _partialLength += span.Length; }
                }
                _chunk = default;
                if (_endOfFile && _partialLength > 0 && !_skipping)
                {
                    _endOfFile = false;
                    line = Finish(_partial.AsSpan(0, _partialLength));
                    _partialLength = 0;
                    return true;
                }
                if (_endOfFile) { _skipping = false; _partialLength = 0; }
                _endOfFile = false;
                line = default;
                return false;
            }
            var piece = span[..end];
            _chunk = _chunk[(end + 1)..];
            if (_skipping)
            {
                _skipping = false;
                _partialLength = 0;
                continue;
            }
            ReadOnlySpan<byte> whole;
            if (_partialLength > 0)
            {
                if (_partialLength + piece.Length > maxLineLength) { _partialLength = 0; continue; }
                piece.CopyTo(_partial.AsSpan(_partialLength));
                whole = _partial.AsSpan(0, _partialLength + piece.Length);
                _partialLength = 0;
            }
            else whole = piece;
            if (whole.IsEmpty || whole.Length > maxLineLength) continue;
            line = Finish(whole);
            return true;
        }
    }

    private ReadOnlyMemory<byte> Finish(ReadOnlySpan<byte> whole)
    {
        if (_out.Length < whole.Length + 2) _out = new byte[whole.Length + 2];
        whole.CopyTo(_out);
        _out[whole.Length] = (byte)'\r';
        _out[whole.Length + 1] = (byte)'\n';
        return _out.AsMemory(0, whole.Length + 2);
    }
}
