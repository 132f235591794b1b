using System.Globalization;
using System.Runtime.CompilerServices;
using Picket.Ais.Payload;

namespace Picket.Ais.Output;

/// <summary>
/// Writes decoded messages as JSON lines (RFC 8259 objects, one per line) straight into a reused UTF-8 buffer that is
/// flushed to the stream in large blocks: field names are pre-encoded, numbers are formatted in place, nothing is
/// allocated per message. Not thread-safe; one writer per output stream.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Implements IAisFieldSink, whose method names are kept (see there).")]
public sealed class AisJsonLineWriter : IAisFieldSink, IDisposable
{
    private const int FlushAt = 1 << 16, MessageRoom = 8192;
    private static readonly byte[] HexDigits = "0123456789abcdef"u8.ToArray();
    private readonly Stream _out;
    private byte[] _buffer = new byte[FlushAt * 2];
    private int _pos;
    private int _objectStart;

    /// <summary>Creates a writer onto <paramref name="output"/>, which stays open and belongs to the caller.</summary>
    public AisJsonLineWriter(Stream output) => _out = output;

    /// <summary>Messages written so far.</summary>
    public long Count { get; private set; }

    /// <summary>Writes one message as one line.</summary>
    public void Write(in AisPayload message)
    {
        Begin();
        AisMessageFields.Write(this, message);
        End();
    }

    /// <summary>Starts an object for fields given one by one (see <see cref="End"/>).</summary>
    public void Begin()
    {
        // One message's fields without text or data take well under this, so per-field writes need no bounds growth;
        // text and data fields make room for themselves.
        Ensure(MessageRoom);
        _objectStart = _pos;
    }

    /// <summary>Ends the object and the line; flushes when the buffer is full enough.</summary>
    public void End()
    {
        Ensure(3);
        // Every key was written with a leading comma; the first one's comma becomes the opening brace.
        if (_pos == _objectStart) _buffer[_pos++] = (byte)'{';
        else _buffer[_objectStart] = (byte)'{';
        _buffer[_pos++] = (byte)'}';
        _buffer[_pos++] = (byte)'\n';
        Count++;
        if (_pos >= FlushAt) Flush();
    }

    /// <summary>Writes the buffered lines to the stream (the stream itself is not flushed).</summary>
    public void Flush()
    {
        if (_pos > 0) _out.Write(_buffer, 0, _pos);
        _pos = 0;
    }

    /// <summary>Writes the buffered lines and flushes the stream; the stream stays open and belongs to the caller.</summary>
    public void Dispose()
    {
        Flush();
        _out.Flush();
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Key(AisField f)
    {
        // Room for the block was made in Begin (or by the text and data writers); the bytes past the key are overwritten next.
        System.Runtime.CompilerServices.Unsafe.CopyBlockUnaligned(
            ref _buffer[_pos], ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(f.PaddedKey), AisField.KeyBlock);
        _pos += f.PaddedKeyLength;
    }

    /// <inheritdoc/>
    public void Null(AisField field)
    {
        Key(field);
        Unsafe.WriteUnaligned(ref _buffer[_pos], 0x6C6C756EU); // "null", little-endian
        _pos += 4;
    }

    /// <inheritdoc/>
    public void Integer(AisField field, long value)
    {
        Key(field);
        _pos += Utf8Number.Integer(value, _buffer.AsSpan(_pos));
    }

    /// <inheritdoc/>
    public void Decimal(AisField field, double value)
    {
        if (!double.IsFinite(value)) { Null(field); return; }
        Key(field);
        _pos += Utf8Number.Decimal6(value, _buffer.AsSpan(_pos));
    }

    /// <inheritdoc/>
    public void Boolean(AisField field, bool value)
    {
        Key(field);
        // "true" / "false" as one 8-byte store each (the buffer has room past the message).
        Unsafe.WriteUnaligned(ref _buffer[_pos], value ? 0x65757274UL : 0x65736C6166UL);
        _pos += value ? 4 : 5;
    }

    /// <inheritdoc/>
    public void Text(AisField field, ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) { Null(field); return; }
        Ensure(value.Length * 6 + MessageRoom);
        Key(field);
        byte[] b = _buffer;
        b[_pos++] = (byte)'"';
        foreach (char c in value)
        {
            if (c is >= ' ' and < '\u007F' and not '"' and not '\\') { b[_pos++] = (byte)c; continue; }
            if (c is '"' or '\\') { b[_pos++] = (byte)'\\'; b[_pos++] = (byte)c; continue; }
            if (Utf8Text.IsUnsafe(c))
            {
                // Controls must be escaped in JSON (RFC 8259 §7); bidi and zero-width characters are escaped too, so
                // the raw line shows them instead of reordering what a person reading it sees.
                b[_pos++] = (byte)'\\'; b[_pos++] = (byte)'u';
                b[_pos++] = HexDigits[(c >> 12) & 0xF]; b[_pos++] = HexDigits[(c >> 8) & 0xF];
                b[_pos++] = HexDigits[(c >> 4) & 0xF]; b[_pos++] = HexDigits[c & 0xF];
                continue;
            }
            _pos += Utf8Text.EncodeChar(c, b.AsSpan(_pos));
        }
        b[_pos++] = (byte)'"';
    }

    /// <inheritdoc/>
    public void Bits(AisField field, BitReader reader, int offset, int length)
    {
        if (length <= 0) { Null(field); return; }
        int bytes = (length + 7) / 8;
        Ensure(bytes * 2 + MessageRoom);
        Key(field);
        _buffer[_pos++] = (byte)'"';
        for (int i = 0; i < bytes; i++)
        {
            int take = Math.Min(8, length - 8 * i);
            uint v = reader.UInt(offset + 8 * i, take) << (8 - take);
            _buffer[_pos++] = HexDigits[v >> 4];
            _buffer[_pos++] = HexDigits[v & 0xF];
        }
        _buffer[_pos++] = (byte)'"';
    }

    private void Ensure(int more)
    {
        if (_pos + more <= _buffer.Length) return;
        Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _pos + more));
    }
}
