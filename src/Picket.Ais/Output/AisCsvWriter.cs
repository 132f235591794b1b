using System.Globalization;
using System.Runtime.CompilerServices;
using Picket.Ais.Payload;

namespace Picket.Ais.Output;

/// <summary>
/// Writes decoded messages as CSV (RFC 4180, UTF-8, LF line ends) with one column per field of
/// <see cref="AisFields.All"/>, every message type in one table, empty cells for fields a type does not have and for
/// "not available". Cells are built in a reused UTF-8 row buffer; nothing is allocated per message.
/// </summary>
/// <remarks>
/// Text from the air and from receivers is untrusted and CSV files get opened in spreadsheets, so a text cell that
/// starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR is prefixed with a single quote and quoted (OWASP,
/// "CSV Injection"), and control, bidirectional and zero-width characters are dropped from text cells.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Implements IAisFieldSink, whose method names are kept (see there).")]
public sealed class AisCsvWriter : IAisFieldSink, IDisposable
{
    private const int FlushAt = 1 << 16, Block = 32, MessageRoom = 4096;
    private static readonly byte[] HexDigits = "0123456789abcdef"u8.ToArray();
    private static readonly byte[] CommaRun = [.. Enumerable.Repeat((byte)',', Math.Max(192, AisFields.All.Count))];
    private readonly Stream _out;
    private readonly int _columns;
    private readonly int[] _start, _length;
    /// <summary>One bit per column given in this row: iterating set bits visits the cells in column order, no sort.</summary>
    private readonly ulong[] _touched;

    private byte[] _cells = new byte[4096];
    private int _cellPos;
    // Direct mode: while a row's fields arrive in column order (the common types write them so), each cell goes
    // straight to the output after the commas of the columns skipped. A field out of order moves the row so far into
    // the cell buffer, and the row is finished the general way.
    private bool _direct;
    private int _rowStart, _commas, _open = -1, _undoPos, _undoCommas, _lastCell = -1;
    private byte[] _buffer = new byte[FlushAt * 2];
    private int _pos;

    /// <summary>Creates a writer onto <paramref name="output"/>, which stays open and belongs to the caller.</summary>
    /// <param name="output">The stream the rows are written to.</param>
    /// <param name="writeHeader">False to append to a file that has the header already.</param>
    public AisCsvWriter(Stream output, bool writeHeader = true)
    {
        _out = output;
        _columns = AisFields.All.Count;
        _start = new int[_columns];
        _length = new int[_columns];
        _touched = new ulong[(_columns + 63) / 64];
        if (!writeHeader) return;
        for (int i = 0; i < _columns; i++)
        {
            if (i > 0) Append((byte)',');
            foreach (char c in AisFields.All[i].Name) Append((byte)c);
        }
        Append((byte)'\n');
    }

    /// <summary>Messages (rows) written so far, the header not counted.</summary>
    public long Count { get; private set; }

    /// <summary>Writes one message as one row.</summary>
    public void Write(in AisPayload message)
    {
        Begin();
        AisMessageFields.Write(this, message);
        End();
    }

    /// <summary>Starts a row for fields given one by one (see <see cref="End"/>).</summary>
    public void Begin()
    {
        _cellPos = 0;
        Array.Clear(_touched);
        Ensure(MessageRoom);
        _direct = true;
        _rowStart = _pos;
        _commas = 0;
        _open = -1;
        _lastCell = -1;
    }

    /// <summary>Ends the row: writes every column, empty where no field was given.</summary>
    public void End()
    {
        if (_direct)
        {
            // The trailing empty columns: one fixed-size block move of commas, then keep as many as needed.
            Ensure(CommaRun.Length);
            Unsafe.CopyBlockUnaligned(ref _buffer[_pos], ref CommaRun[0], (uint)CommaRun.Length);
            _pos += _columns - 1 - _commas;
            _buffer[_pos++] = (byte)'\n';
            Count++;
            if (_pos >= FlushAt) Flush();
            return;
        }
        Ensure(_cellPos + _columns + 2 * Block);
        byte[] b = _buffer;
        // Only the cells given are visited, in column order; the empty columns between them are runs of commas. Short
        // runs and short cells are moved as fixed-size blocks (both buffers keep a block of slack at their ends).
        int commas = 0;
        for (int word = 0; word < _touched.Length; word++)
        {
            for (ulong bits = _touched[word]; bits != 0; bits &= bits - 1)
            {
                int c = word * 64 + System.Numerics.BitOperations.TrailingZeroCount(bits);
                int gap = c - commas, length = _length[c];
                if (gap <= 8) Unsafe.WriteUnaligned(ref b[_pos], 0x2C2C2C2C2C2C2C2CUL);
                else b.AsSpan(_pos, gap).Fill((byte)',');
                _pos += gap;
                commas = c;
                if (length <= Block) Unsafe.CopyBlockUnaligned(ref b[_pos], ref _cells[_start[c]], Block);
                else _cells.AsSpan(_start[c], length).CopyTo(b.AsSpan(_pos));
                _pos += length;
            }
        }
        b.AsSpan(_pos, _columns - 1 - commas).Fill((byte)',');
        _pos += _columns - 1 - commas;
        b[_pos++] = (byte)'\n';
        Count++;
        if (_pos >= FlushAt) Flush();
    }

    /// <summary>Writes the buffered rows to the stream (the stream itself is not flushed).</summary>
    public void Flush()
    {
        if (_pos > 0) _out.Write(_buffer, 0, _pos);
        _pos = 0;
    }

    /// <summary>Writes the buffered rows and flushes the stream; the stream stays open and belongs to the caller.</summary>
    public void Dispose()
    {
        Flush();
        _out.Flush();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Cell(AisField f, int maxBytes)
    {
        int c = f.Column;
        if (_direct)
        {
            if (c > _lastCell)
            {
                int gap = c - _commas;
                // Begin made room for a row of short cells; a long one (text, data) makes its own.
                if (maxBytes > 64) Ensure(gap + maxBytes + MessageRoom);
                _undoPos = _pos;
                _undoCommas = _commas;
                if (gap <= 8) Unsafe.WriteUnaligned(ref _buffer[_pos], 0x2C2C2C2C2C2C2C2CUL);
                else _buffer.AsSpan(_pos, gap).Fill((byte)',');
                _pos += gap;
                _commas = c;
                _open = c;
                return _buffer.AsSpan(_pos, maxBytes);
            }
            LeaveDirect();
        }
        _touched[c >> 6] |= 1UL << c;
        if (_cellPos + maxBytes + Block > _cells.Length) Array.Resize(ref _cells, Math.Max(_cells.Length * 2, _cellPos + maxBytes + Block));
        _start[c] = _cellPos;
        _length[c] = 0;
        return _cells.AsSpan(_cellPos, maxBytes);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Commit(AisField f, int bytes)
    {
        if (_direct) { _pos += bytes; _lastCell = f.Column; _open = -1; return; }
        _length[f.Column] = bytes;
        _cellPos += bytes;
    }

    /// <summary>
    /// Moves the cells written directly into the cell buffer, so the row can take fields in any order: the row so far is
    /// split at its commas (outside quotes) to find where each cell is.
    /// </summary>
    private void LeaveDirect()
    {
        int written = _pos - _rowStart;
        if (written + Block > _cells.Length) Array.Resize(ref _cells, Math.Max(_cells.Length * 2, written + Block));
        _buffer.AsSpan(_rowStart, written).CopyTo(_cells);
        int column = 0, start = 0;
        bool quoted = false;
        for (int i = 0; i <= written; i++)
        {
            if (i < written)
            {
                byte b = _cells[i];
                if (b == (byte)'"') quoted = !quoted;
                if (b != (byte)',' || quoted) continue;
            }
            if (i > start)
            {
                _touched[column >> 6] |= 1UL << column;
                _start[column] = start;
                _length[column] = i - start;
            }
            column++;
            start = i + 1;
        }
        _cellPos = written;
        _pos = _rowStart;
        _direct = false;
        _open = -1;
    }

    /// <inheritdoc/>
    public void Null(AisField field)
    {
        _touched[field.Column >> 6] &= ~(1UL << field.Column);
        // A cell begun and then found empty (text that was all control characters): take back its commas too.
        if (_direct && _open == field.Column) { _pos = _undoPos; _commas = _undoCommas; _open = -1; }
    }

    /// <inheritdoc/>
    public void Integer(AisField field, long value)
    {
        Commit(field, Utf8Number.Integer(value, Cell(field, 24)));
    }

    /// <inheritdoc/>
    public void Decimal(AisField field, double value)
    {
        if (!double.IsFinite(value)) { Null(field); return; }
        Commit(field, Utf8Number.Decimal6(value, Cell(field, 32)));
    }

    /// <inheritdoc/>
    public void Boolean(AisField field, bool value)
    {
        // Spreadsheets and pandas read true/false; 1/0 would be taken for counts. One 8-byte store (cells keep slack).
        var cell = Cell(field, 8);
        Unsafe.WriteUnaligned(ref cell[0], value ? 0x65757274UL : 0x65736C6166UL);
        Commit(field, value ? 4 : 5);
    }

    /// <inheritdoc/>
    public void Text(AisField field, ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) { Null(field); return; }
        var cell = Cell(field, value.Length * 6 + 4);
        int n = 0;
        // Fast path: printable ASCII with nothing to quote and no formula prefix, which is all six-bit text but ',' and '"'.
        if (value.Length > 0 && value[0] is not ('=' or '+' or '-' or '@'))
        {
            for (; n < value.Length; n++)
            {
                char c = value[n];
                if (c is < ' ' or > '~' or ',' or '"') break;
                cell[n] = (byte)c;
            }
            if (n == value.Length) { Commit(field, n); return; }
            n = 0;
        }
        // First pass decides quoting: a formula prefix, or a delimiter, quote or line break inside.
        int first = 0;
        while (first < value.Length && Utf8Text.IsUnsafe(value[first]) && value[first] is not ('\t' or '\r')) first++;
        bool formula = first < value.Length && value[first] is '=' or '+' or '-' or '@' or '\t' or '\r';
        bool quote = formula || value.IndexOfAny(",\"\n\r") >= 0;
        if (quote) cell[n++] = (byte)'"';
        if (formula) cell[n++] = (byte)'\'';
        foreach (char c in value)
        {
            if (Utf8Text.IsUnsafe(c)) continue;
            if (c == '"') { cell[n++] = (byte)'"'; cell[n++] = (byte)'"'; continue; }
            if (c < 0x80) { cell[n++] = (byte)c; continue; }
            n += Utf8Text.EncodeChar(c, cell[n..]);
        }
        if (quote) cell[n++] = (byte)'"';
        if (n == 0 || (quote && n == 2)) { Null(field); return; }
        Commit(field, n);
    }

    /// <inheritdoc/>
    public void Bits(AisField field, BitReader reader, int offset, int length)
    {
        if (length <= 0) { Null(field); return; }
        int bytes = (length + 7) / 8;
        var cell = Cell(field, bytes * 2);
        for (int i = 0; i < bytes; i++)
        {
            int take = Math.Min(8, length - 8 * i);
            uint v = reader.UInt(offset + 8 * i, take) << (8 - take);
            cell[2 * i] = HexDigits[v >> 4];
            cell[2 * i + 1] = HexDigits[v & 0xF];
        }
        Commit(field, bytes * 2);
    }

    private void Append(byte b)
    {
        Ensure(1);
        _buffer[_pos++] = b;
    }

    private void Ensure(int more)
    {
        if (_pos + more <= _buffer.Length) return;
        Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _pos + more));
    }
}
