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
public sealed class AisCsvWriter : IAisFieldSink, IDisposable
{
    private const int FlushAt = 1 << 16, Block = 32;
    private static readonly byte[] s_hex = "0123456789abcdef"u8.ToArray();
    private readonly Stream _out;
    private readonly int _columns;
    private readonly int[] _start, _length;
    /// <summary>One bit per column given in this row: iterating set bits visits the cells in column order, no sort.</summary>
    private readonly ulong[] _touched;

    private byte[] _cells = new byte[4096];
    private int _cellPos;
    private byte[] _buffer = new byte[FlushAt * 2];
    private int _pos;

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
    }

    /// <summary>Ends the row: writes every column, empty where no field was given.</summary>
    public void End()
    {
        Ensure(_cellPos + _columns + 2 * Block);
        var b = _buffer;
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

    public void Flush()
    {
        if (_pos > 0) _out.Write(_buffer, 0, _pos);
        _pos = 0;
    }

    public void Dispose()
    {
        Flush();
        _out.Flush();
    }

    private Span<byte> Cell(AisField f, int maxBytes)
    {
        if (_cellPos + maxBytes + Block > _cells.Length) Array.Resize(ref _cells, Math.Max(_cells.Length * 2, _cellPos + maxBytes + Block));
        _touched[f.Column >> 6] |= 1UL << f.Column;
        _start[f.Column] = _cellPos;
        _length[f.Column] = 0;
        return _cells.AsSpan(_cellPos, maxBytes);
    }

    private void Commit(AisField f, int bytes)
    {
        _length[f.Column] = bytes;
        _cellPos += bytes;
    }

    public void Null(AisField field) => _touched[field.Column >> 6] &= ~(1UL << field.Column);

    public void Integer(AisField field, long value)
    {
        Commit(field, Utf8Number.Integer(value, Cell(field, 24)));
    }

    public void Decimal(AisField field, double value)
    {
        if (!double.IsFinite(value)) { Null(field); return; }
        Commit(field, Utf8Number.Decimal6(value, Cell(field, 32)));
    }

    public void Boolean(AisField field, bool value)
    {
        // Spreadsheets and pandas read true/false; 1/0 would be taken for counts.
        (value ? "true"u8 : "false"u8).CopyTo(Cell(field, 5));
        Commit(field, value ? 4 : 5);
    }

    public void Text(AisField field, ReadOnlySpan<char> value)
    {
        var cell = Cell(field, value.Length * 6 + 4);
        int n = 0;
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

    public void Bits(AisField field, BitReader reader, int offset, int length)
    {
        if (length <= 0) { Null(field); return; }
        int bytes = (length + 7) / 8;
        var cell = Cell(field, bytes * 2);
        for (int i = 0; i < bytes; i++)
        {
            int take = Math.Min(8, length - 8 * i);
            uint v = reader.UInt(offset + 8 * i, take) << (8 - take);
            cell[2 * i] = s_hex[v >> 4];
            cell[2 * i + 1] = s_hex[v & 0xF];
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
