using System.Buffers.Text;
using System.Globalization;
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
    private const int FlushAt = 1 << 16;
    private static readonly byte[] s_hex = "0123456789abcdef"u8.ToArray();
    private readonly Stream _out;
    private readonly int _columns;
    private readonly int[] _start, _length, _row;
    private int _rowNumber;
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
        _row = new int[_columns];
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
        _rowNumber++;
        _cellPos = 0;
    }

    /// <summary>Ends the row: writes every column, empty where no field was given.</summary>
    public void End()
    {
        Ensure(_cellPos + _columns + 1);
        var b = _buffer;
        for (int i = 0; i < _columns; i++)
        {
            if (_row[i] == _rowNumber)
            {
                _cells.AsSpan(_start[i], _length[i]).CopyTo(b.AsSpan(_pos));
                _pos += _length[i];
            }
            b[_pos++] = i == _columns - 1 ? (byte)'\n' : (byte)',';
        }
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
        if (_cellPos + maxBytes > _cells.Length) Array.Resize(ref _cells, Math.Max(_cells.Length * 2, _cellPos + maxBytes));
        _row[f.Column] = _rowNumber;
        _start[f.Column] = _cellPos;
        _length[f.Column] = 0;
        return _cells.AsSpan(_cellPos, maxBytes);
    }

    private void Commit(AisField f, int bytes)
    {
        _length[f.Column] = bytes;
        _cellPos += bytes;
    }

    public void Null(AisField field) => _row[field.Column] = 0;

    public void Integer(AisField field, long value)
    {
        Utf8Formatter.TryFormat(value, Cell(field, 24), out int n);
        Commit(field, n);
    }

    public void Decimal(AisField field, double value)
    {
        if (!double.IsFinite(value)) { Null(field); return; }
        value = Math.Round(value, 6);
        var cell = Cell(field, 32);
        int n;
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15) Utf8Formatter.TryFormat((long)value, cell, out n);
        else value.TryFormat(cell, out n, default, CultureInfo.InvariantCulture);
        Commit(field, n);
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
