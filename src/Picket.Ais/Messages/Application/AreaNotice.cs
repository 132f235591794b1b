using System.Globalization;
using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages.Application;

/// <summary>
/// Area notice, DAC 1 FI 22 (IMO SN.1/Circ.289 §2.6; broadcast in type 8, addressed in type 6): what kind of notice
/// (caution area, restricted area, …, 0–127), when it starts and how long it lasts, and the area as up to ten 87-bit
/// sub-areas — circles or points, rectangles, sectors, polylines, polygons and free text. A declared exclusion zone
/// or ship-to-ship transfer area around a vessel is published this way.
/// </summary>
public readonly record struct AreaNotice
{
    /// <summary>Designated area code of this application.</summary>
    public const ushort Dac = 1;
    /// <summary>Function identifier of this application within its DAC.</summary>
    public const byte Fi = 22;
    private const int HeaderBits = 55, SubAreaBits = 87;

    /// <summary>Message linkage id 0–1023: ties this notice to other messages about the same matter (IMO SN.1/Circ.289 §2.6).</summary>
    public ushort LinkageId { get; init; }
    /// <summary>
    /// Area notice description 0–127 (IMO SN.1/Circ.289 Table 2.6.1), e.g. 0 caution area: marine mammals habitat,
    /// 9 caution area: derelicts drifting; 127 undefined (default).
    /// </summary>
    public byte NoticeType { get; init; }
    /// <summary>UTC month the notice starts, 1–12; 0 not available.</summary>
    public byte Month { get; init; }
    /// <summary>UTC day the notice starts, 1–31; 0 not available.</summary>
    public byte Day { get; init; }
    /// <summary>UTC hour the notice starts, 0–23; 24 not available.</summary>
    public byte Hour { get; init; }
    /// <summary>UTC minute the notice starts, 0–59; 60 not available.</summary>
    public byte Minute { get; init; }
    /// <summary>Minutes; 262143 means until cancelled.</summary>
    public uint Duration { get; init; }
    /// <summary>The sub-areas that make up the notice's area (up to ten), in the order sent.</summary>
    public IReadOnlyList<AreaNoticeSubArea> SubAreas { get; init; }

    /// <summary>Reads the notice and as many whole sub-areas as the data holds, starting <paramref name="o"/> bits into the message.</summary>
    public static AreaNotice Read(BitReader r, int o)
    {
        int count = Math.Clamp((r.BitLength - o - HeaderBits) / SubAreaBits, 0, 10);
        var areas = count == 0 ? [] : new AreaNoticeSubArea[count];
        for (int i = 0; i < count; i++) areas[i] = AreaNoticeSubArea.Read(r, o + HeaderBits + i * SubAreaBits);
        return new()
        {
            LinkageId = (ushort)r.UInt(o, 10), NoticeType = (byte)r.UInt(o + 10, 7), Month = (byte)r.UInt(o + 17, 4),
            Day = (byte)r.UInt(o + 21, 5), Hour = (byte)r.UInt(o + 26, 5), Minute = (byte)r.UInt(o + 31, 6),
            Duration = r.UInt(o + 37, 18), SubAreas = areas,
        };
    }

    /// <summary>Writes the application data, without the binary message header, in its standard layout.</summary>
    public void Write(ref BitWriter w)
    {
        w.Write(LinkageId, 10); w.Write(NoticeType, 7); w.Write(Month, 4); w.Write(Day, 5); w.Write(Hour, 5); w.Write(Minute, 6);
        w.Write(Duration, 18);
        foreach (var a in SubAreas ?? []) a.Write(ref w);
    }

    /// <summary>Writes every field, scaled, with null for "not available".</summary>
    public void WriteFields(IAisFieldSink s)
    {
        s.Integer(AisFields.LinkageId, LinkageId); s.Integer(AisFields.NoticeType, NoticeType);
        s.Integer(AisFields.Month, Month is >= 1 and <= 12 ? Month : null); s.Integer(AisFields.Day, Day is >= 1 and <= 31 ? Day : null);
        s.Integer(AisFields.Hour, Hour < 24 ? Hour : null); s.Integer(AisFields.Minute, Minute < 60 ? Minute : null);
        s.Integer(AisFields.Duration, Duration == 262_143 ? null : Duration);
        // Sub-areas vary in number and shape, so they go in one cell: "shape lat lon key=value …" joined by ';'.
        Span<char> text = stackalloc char[1024];
        int n = 0;
        foreach (var a in SubAreas ?? [])
        {
            if (n > 0 && n < text.Length) text[n++] = ';';
            n += a.Format(text[n..]);
        }
        s.Text(AisFields.SubAreas, text[..n]);
    }
}

/// <summary>One sub-area of an <see cref="AreaNotice"/> (SN.1/Circ.289 Table 2.6.2): shape 0 circle or point, 1 rectangle,
/// 2 sector, 3 polyline, 4 polygon, 5 text, others reserved. Distances are in metres times 10^<see cref="Scale"/>.</summary>
public readonly record struct AreaNoticeSubArea
{
    /// <summary>Area shape: 0 circle or point (radius 0), 1 rectangle, 2 sector, 3 polyline, 4 polygon, 5 text, 6–7 reserved.</summary>
    public byte Shape { get; init; }
    /// <summary>Scale factor code 0–3: distances are in metres times 1, 10, 100 or 1000.</summary>
    public byte Scale { get; init; }
    /// <summary>1/1000 minute, as in FI 31.</summary>
    public int LongitudeRaw { get; init; }
    /// <summary>1/1000 minute, as in FI 31; 91° not available.</summary>
    public int LatitudeRaw { get; init; }
    /// <summary>Number of significant decimal places of the position's minutes, 0–4.</summary>
    public byte Precision { get; init; }
    /// <summary>Circle and sector radius; rectangle east dimension.</summary>
    public ushort Radius { get; init; }
    /// <summary>Rectangle north dimension; sector left bound (degrees).</summary>
    public ushort Second { get; init; }
    /// <summary>Rectangle orientation; sector right bound (degrees).</summary>
    public ushort Third { get; init; }
    /// <summary>
    /// Polyline and polygon: four points, each a 10-bit angle (0.5°) and a 10-bit distance, packed as sent (80 bits, low 20
    /// bits = point 4).
    /// </summary>
    public UInt128 Points { get; init; }
    /// <summary>Shape 5: up to 14 six-bit characters of text, padding removed; empty for the other shapes.</summary>
    public string Text { get; init; }

    /// <summary>Longitude of the anchor point in degrees, or null when not available.</summary>
    public double? Longitude => LongitudeRaw is >= -10_800_000 and <= 10_800_000 ? LongitudeRaw / 60_000.0 : null;
    /// <summary>Latitude of the anchor point in degrees, or null when not available.</summary>
    public double? Latitude => LatitudeRaw is >= -5_400_000 and <= 5_400_000 ? LatitudeRaw / 60_000.0 : null;

    internal static AreaNoticeSubArea Read(BitReader r, int o)
    {
        byte shape = (byte)r.UInt(o, 3);
        return shape switch
        {
            0 or 1 or 2 => new()
            {
                Shape = shape, Scale = (byte)r.UInt(o + 3, 2), LongitudeRaw = r.Int(o + 5, 25), LatitudeRaw = r.Int(o + 30, 24),
                Precision = (byte)r.UInt(o + 54, 3),
                Radius = (ushort)(shape == 1 ? r.UInt(o + 57, 8) : r.UInt(o + 57, 12)),
                Second = (ushort)(shape == 1 ? r.UInt(o + 65, 8) : shape == 2 ? r.UInt(o + 69, 9) : 0),
                Third = (ushort)(shape == 1 ? r.UInt(o + 73, 9) : shape == 2 ? r.UInt(o + 78, 9) : 0), Text = "",
            },
            3 or 4 => new() { Shape = shape, Scale = (byte)r.UInt(o + 3, 2), Points = ((UInt128)r.ULong(o + 5, 40) << 40) | r.ULong(o + 45, 40), Text = "" },
            5 => new() { Shape = 5, Text = r.Text(o + 3, 14) },
            _ => new() { Shape = shape, Text = "" },
        };
    }

    /// <summary>Polyline or polygon point <paramref name="i"/> (0–3): bearing in degrees and distance in scaled metres.</summary>
    public (double Angle, int Distance) Point(int i)
    {
        uint bits = (uint)(Points >> (60 - 20 * i)) & 0xFFFFF;
        return ((bits >> 10) / 2.0, (int)(bits & 0x3FF));
    }

    internal void Write(ref BitWriter w)
    {
        w.Write(Shape, 3);
        switch (Shape)
        {
            case 0: w.Write(Scale, 2); w.WriteSigned(LongitudeRaw, 25); w.WriteSigned(LatitudeRaw, 24); w.Write(Precision, 3); w.Write(Radius, 12); w.Write(0, 18); break;
            case 1: w.Write(Scale, 2); w.WriteSigned(LongitudeRaw, 25); w.WriteSigned(LatitudeRaw, 24); w.Write(Precision, 3); w.Write(Radius, 8); w.Write(Second, 8); w.Write(Third, 9); w.Write(0, 5); break;
            case 2: w.Write(Scale, 2); w.WriteSigned(LongitudeRaw, 25); w.WriteSigned(LatitudeRaw, 24); w.Write(Precision, 3); w.Write(Radius, 12); w.Write(Second, 9); w.Write(Third, 9); break;
            case 3 or 4: w.Write(Scale, 2); w.Write((ulong)(Points >> 40), 40); w.Write((ulong)Points & 0xFF_FFFF_FFFF, 40); w.Write(0, 2); break;
            case 5: w.WriteText(Text, 14); break;
            default: w.Write(0, 84); break;
        }
    }

    /// <summary>Formats the sub-area as "circle lat lon radius=…" and the like; returns the characters written (0 when it does not fit).</summary>
    internal int Format(Span<char> d)
    {
        var ic = CultureInfo.InvariantCulture;
        int m = Scale switch { 0 => 1, 1 => 10, 2 => 100, _ => 1000 };
        int n;
        bool ok;
        if (Shape == 0) ok = d.TryWrite(ic, $"circle {Latitude:0.######} {Longitude:0.######} radius={Radius * m}", out n);
        else if (Shape == 1) ok = d.TryWrite(ic, $"rectangle {Latitude:0.######} {Longitude:0.######} east={Radius * m} north={Second * m} orientation={Third}", out n);
        else if (Shape == 2) ok = d.TryWrite(ic, $"sector {Latitude:0.######} {Longitude:0.######} radius={Radius * m} left={Second} right={Third}", out n);
        else if (Shape is 3 or 4)
        {
            var (a0, d0) = Point(0); var (a1, d1) = Point(1); var (a2, d2) = Point(2); var (a3, d3) = Point(3);
            ok = d.TryWrite(ic, $"{(Shape == 3 ? "polyline" : "polygon")} {a0}/{d0 * m} {a1}/{d1 * m} {a2}/{d2 * m} {a3}/{d3 * m}", out n);
        }
        else if (Shape == 5) ok = d.TryWrite(ic, $"text {Text}", out n);
        else ok = d.TryWrite(ic, $"reserved {Shape}", out n);
        return ok ? n : 0;
    }
}
