namespace Picket.Ais.Payload;

/// <summary>Writes big-endian bit fields into a buffer; the encoding half of <see cref="BitReader"/>, used by the NMEA writer and the simulator.</summary>
public ref struct BitWriter
{
    private readonly Span<byte> _bytes;

    /// <summary>Bits written so far.</summary>
    public int BitLength { get; private set; }

    /// <summary>Starts writing into a zeroed buffer.</summary>
    public BitWriter(Span<byte> buffer)
    {
        buffer.Clear();
        _bytes = buffer;
        BitLength = 0;
    }

    /// <summary>The bytes holding what has been written.</summary>
    public readonly ReadOnlySpan<byte> Bytes => _bytes[..((BitLength + 7) >> 3)];

    /// <summary>Appends the low <paramref name="length"/> bits of <paramref name="value"/>, most significant first.</summary>
    public void Write(ulong value, int length)
    {
        for (int i = length - 1; i >= 0; i--)
        {
            if (((value >> i) & 1) != 0) _bytes[BitLength >> 3] |= (byte)(0x80 >> (BitLength & 7));
            BitLength++;
        }
    }

    /// <summary>Appends a signed value in two's complement.</summary>
    public void WriteSigned(long value, int length) => Write((ulong)value & ((1UL << length) - 1), length);

    /// <summary>Appends a flag.</summary>
    public void Write(bool value) => Write(value ? 1UL : 0UL, 1);

    /// <summary>Appends text as exactly <paramref name="chars"/> six-bit characters, padded with '@'.</summary>
    public void WriteText(string? text, int chars)
    {
        text ??= string.Empty;
        for (int i = 0; i < chars; i++) Write(i < text.Length ? (ulong)SixBit.FromText(text[i]) : 0UL, 6);
    }
}
