using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages.Application;

/// <summary>
/// Inland water levels, DAC 200 FI 24 (CCNR/UNECE Inland AIS standard, message 24; a type 8 broadcast from a shore
/// station): a two-letter country code and up to four gauges, each an 11-bit gauge id (0 unused) and a 14-bit signed
/// level in centimetres.
/// </summary>
public readonly record struct InlandWaterLevel
{
    /// <summary>Designated area code of this application.</summary>
    public const ushort Dac = 200;
    /// <summary>Function identifier of this application within its DAC.</summary>
    public const byte Fi = 24;
    /// <summary>Application data length: 112 bits (a 12-bit country code and four 25-bit gauges).</summary>
    public const int DataBits = 112;
    private const int GaugeBits = 25;

    /// <summary>UN country code, two characters.</summary>
    public string Country { get; init; }
    /// <summary>First gauge; <c>default</c> when the data ends before it.</summary>
    public Gauge Gauge1 { get; init; }
    /// <summary>Second gauge; <c>default</c> when absent.</summary>
    public Gauge Gauge2 { get; init; }
    /// <summary>Third gauge; <c>default</c> when absent.</summary>
    public Gauge Gauge3 { get; init; }
    /// <summary>Fourth gauge; <c>default</c> when absent.</summary>
    public Gauge Gauge4 { get; init; }

    /// <summary>One gauge: its id (0 = no gauge) and the level in centimetres.</summary>
    public readonly record struct Gauge(ushort Id, short LevelCm)
    {
        /// <summary>Water level in metres, or null when the slot carries no gauge (id 0).</summary>
        public double? Level => Id == 0 ? null : LevelCm / 100.0;
    }

    /// <summary>Reads the application data that starts <paramref name="offset"/> bits into the message.</summary>
    public static InlandWaterLevel Read(BitReader r, int offset) => new()
    {
        Country = r.Text(offset, 2),
        Gauge1 = ReadGauge(r, offset + 12), Gauge2 = ReadGauge(r, offset + 12 + GaugeBits),
        Gauge3 = ReadGauge(r, offset + 12 + 2 * GaugeBits), Gauge4 = ReadGauge(r, offset + 12 + 3 * GaugeBits),
    };

    private static Gauge ReadGauge(BitReader r, int o) => r.Has(o, GaugeBits) ? new((ushort)r.UInt(o, 11), (short)r.Int(o + 11, 14)) : default;

    /// <summary>Writes the application data, without the binary message header, in its standard layout.</summary>
    public void Write(ref BitWriter w)
    {
        w.WriteText(Country, 2);
        foreach (var g in (ReadOnlySpan<Gauge>)[Gauge1, Gauge2, Gauge3, Gauge4]) { w.Write(g.Id, 11); w.WriteSigned(g.LevelCm, 14); }
    }

    /// <summary>Writes every field, scaled, with null for "not available".</summary>
    public void WriteFields(IAisFieldSink s)
    {
        s.Text(AisFields.Country, Country);
        WriteGauge(s, Gauge1, AisFields.GaugeId1, AisFields.Level1); WriteGauge(s, Gauge2, AisFields.GaugeId2, AisFields.Level2);
        WriteGauge(s, Gauge3, AisFields.GaugeId3, AisFields.Level3); WriteGauge(s, Gauge4, AisFields.GaugeId4, AisFields.Level4);
    }

    private static void WriteGauge(IAisFieldSink s, Gauge g, AisField id, AisField level)
    {
        s.Integer(id, g.Id == 0 ? null : g.Id); s.Decimal(level, g.Level);
    }
}
