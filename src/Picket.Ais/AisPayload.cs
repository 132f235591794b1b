using Picket.Ais.Payload;

namespace Picket.Ais;

/// <summary>
/// A complete AIS message as received: its packed bits and where and when it was heard. Valid until the decoder that
/// produced it reads the next line; copy what must outlive that.
/// </summary>
/// <remarks>Build typed messages on demand with <c>PositionReportClassA.Read(payload.Reader)</c> and its siblings, after checking <see cref="MessageType"/>.</remarks>
public readonly ref struct AisPayload
{
    private readonly ReadOnlySpan<byte> _bits;

    internal AisPayload(ReadOnlySpan<byte> paddedBits, int bitLength, ReadOnlySpan<byte> armored, int fillBits,
        long timeMs, ReadOnlySpan<byte> source, byte channel, bool ownShip, int sentences)
    {
        _bits = paddedBits;
        BitLength = bitLength;
        Armored = armored;
        FillBits = fillBits;
        TimeMs = timeMs;
        Source = source;
        Channel = channel;
        OwnShip = ownShip;
        Sentences = sentences;
    }

    /// <summary>Payload length in bits, fill bits excluded.</summary>
    public int BitLength { get; }
    /// <summary>The armoured payload characters, all fragments joined.</summary>
    public ReadOnlySpan<byte> Armored { get; }
    /// <summary>Fill bits (0–5) the last sentence declared to pad the payload to a whole number of six-bit characters (IEC 61162-1 VDM).</summary>
    public int FillBits { get; }
    /// <summary>
    /// Reception time as UNIX milliseconds (tag block, else PGHP, else trailer, else the decoder's clock), or
    /// <see cref="long.MinValue"/>.
    /// </summary>
    public long TimeMs { get; }
    /// <summary>The receiver or source id (tag block <c>s:</c> or a trailer field); empty when unknown.</summary>
    public ReadOnlySpan<byte> Source { get; }
    /// <summary>Radio channel as sent ('A', 'B', '1', '2'), or 0.</summary>
    public byte Channel { get; }
    /// <summary>True for VDO sentences: the receiving station's own ship.</summary>
    public bool OwnShip { get; }
    /// <summary>Number of sentences the message arrived in.</summary>
    public int Sentences { get; }

    /// <summary>True when a reception time is known (<see cref="TimeMs"/> is set).</summary>
    public bool HasTime => TimeMs != long.MinValue;
    /// <summary>Reception time as UTC, or null when unknown.</summary>
    public DateTimeOffset? Time => HasTime ? DateTimeOffset.FromUnixTimeMilliseconds(TimeMs) : null;

    /// <summary>A reader over the bits.</summary>
    public BitReader Reader => new(_bits, BitLength);
    /// <summary>Message type 1–27.</summary>
    public int MessageType => (int)Reader.UInt(0, 6);
    /// <summary>Repeat indicator 0–3 (ITU-R M.1371-5 Table 48).</summary>
    public int Repeat => (int)Reader.UInt(6, 2);
    /// <summary>MMSI of the sending station (bits 8–37 of every message type).</summary>
    public uint Mmsi => Reader.UInt(8, 30);
}
