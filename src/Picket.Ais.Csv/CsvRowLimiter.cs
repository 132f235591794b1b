namespace Picket.Ais.Csv;

/// <summary>
/// A <see cref="TextReader"/> between a CSV file and the CSV parser that passes rows through unchanged but drops any
/// row longer than a limit, counting it. A row is what RFC 4180 calls a record: it ends at a line break outside
/// double quotes, so a quoted field may hold line breaks. Without the bound a single 16 MiB row, or an unterminated
/// quote that swallows the rest of the file, made the parser (Sep) throw and the command crash; with it, the row is
/// skipped, the reader resumes at the next physical line break, and memory stays at about twice the limit.
/// </summary>
public sealed class CsvRowLimiter : TextReader
{
    /// <summary>The default bound: real AIS and screening CSV rows are a few hundred characters.</summary>
    public const int DefaultMaxRowChars = 64 * 1024;

    private const int Chunk = 16 * 1024;
    private readonly TextReader _inner;
    private readonly char[] _buffer;
    private int _start;    // next character to hand out
    private int _ready;    // end of the complete rows
    private int _scanned;  // end of what has been scanned for quotes and line breaks
    private int _end;      // end of what has been read
    private bool _inQuotes, _skipping, _eof;

    /// <summary>
    /// Wraps <paramref name="inner"/>, which this reader disposes; rows longer than <paramref name="maxRowChars"/> (at
    /// least 16) are dropped.
    /// </summary>
    public CsvRowLimiter(TextReader inner, int maxRowChars = DefaultMaxRowChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRowChars, 16);
        _inner = inner;
        MaxRowChars = maxRowChars;
        _buffer = new char[maxRowChars + Chunk + 1];
    }

    /// <summary>Rows dropped for being longer than the limit.</summary>
    public long DroppedRows { get; private set; }

    /// <summary>The bound in characters, line break included.</summary>
    public int MaxRowChars { get; }

    /// <inheritdoc/>
    public override int Read(Span<char> buffer)
    {
        while (_start == _ready)
        {
            if (_eof)
            {
                if (_inQuotes && _buffer.AsSpan(_ready, _end - _ready).IndexOfAny('\n', '\r') >= 0)
                {
                    // A quote left open at the end of the file swallowed the lines after it: drop the line it opened
                    // on and read the rest again as rows of their own.
                    DroppedRows++;
                    _inQuotes = false;
                    _scanned = _ready;
                    _skipping = true;
                    Scan();
                    continue;
                }

                // The last row may lack a line break; what is left (within the bound) is passed on as it is.
                _ready = _end;
                if (_start == _ready) return 0;
                break;
            }

            Fill();
        }

        int n = Math.Min(buffer.Length, _ready - _start);
        _buffer.AsSpan(_start, n).CopyTo(buffer);
        _start += n;
        return n;
    }

    /// <inheritdoc/>
    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <summary>Always -1: the parser does not need to peek, and a row held back for the length check cannot be shown early.</summary>
    public override int Peek() => -1;

    /// <inheritdoc/>
    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    private void Fill()
    {
        if (_start > 0)
        {
            // Keep the unfinished row, which is never longer than the bound, at the front.
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _ready -= _start; _scanned -= _start; _end -= _start; _start = 0;
        }

        int got = _inner.Read(_buffer, _end, Math.Min(Chunk, _buffer.Length - _end));
        if (got == 0) { _eof = true; return; }
        _end += got;
        Scan();
    }

    private void Scan()
    {
        bool triedWhole = false;   // once per read: a failed attempt falls back to the row-by-row search below
        while (_scanned < _end)
        {
            if (_skipping)
            {
                // Dropping a long row: resume after the next physical line break, outside quotes whatever came before.
                int nl = _buffer.AsSpan(_scanned, _end - _scanned).IndexOfAny('\n', '\r');
                if (nl < 0) { _end = _scanned; return; }
                int resume = _scanned + nl + 1;
                _buffer.AsSpan(resume, _end - resume).CopyTo(_buffer.AsSpan(_scanned));
                _end -= resume - _scanned;
                _skipping = false; _inQuotes = false;
                continue;
            }

            var rest = _buffer.AsSpan(_scanned, _end - _scanned);
            if (!triedWhole)
            {
                triedWhole = true;
                if (TryScanWhole(rest)) continue;
            }

            int i = _inQuotes ? rest.IndexOf('"') : rest.IndexOfAny('"', '\n', '\r');
            if (i < 0) { _scanned = _end; }
            else
            {
                _scanned += i + 1;
                if (rest[i] == '"') _inQuotes = !_inQuotes;   // "" inside a quoted field toggles twice: still inside
                else if (_scanned - _ready <= MaxRowChars) _ready = _scanned;
                else
                {
                    // A whole row over the bound arrived within one read: cut it out.
                    int length = _scanned - _ready;
                    _buffer.AsSpan(_scanned, _end - _scanned).CopyTo(_buffer.AsSpan(_ready));
                    _end -= length;
                    _scanned = _ready;
                    DroppedRows++;
                    continue;
                }
            }

            if (_scanned - _ready > MaxRowChars)
            {
                DroppedRows++;
                _scanned = _ready;
                _skipping = true;
            }
        }
    }

    /// <summary>
    /// The fast path, two vectorised passes per read instead of a search per quote and line break: when the last line
    /// break of <paramref name="rest"/> lies outside quotes (an even number of quotes before it), everything up to it is
    /// whole rows, none longer than the span from the current row's start, so none over the bound if that span is not.
    /// </summary>
    private bool TryScanWhole(ReadOnlySpan<char> rest)
    {
        int last = rest.LastIndexOfAny('\n', '\r');
        if (last < 0 || _scanned + last + 1 - _ready > MaxRowChars) return false;
        bool oddQuotes = (rest[..(last + 1)].Count('"') & 1) == 1;
        if (_inQuotes != oddQuotes) return false;   // that line break is inside a quoted field
        _scanned += last + 1;
        _ready = _scanned;
        _inQuotes = (rest[(last + 1)..].Count('"') & 1) == 1;
        _scanned = _end;
        if (_scanned - _ready > MaxRowChars)
        {
            DroppedRows++;
            _scanned = _ready;
            _skipping = true;
        }

        return true;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}
