using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Class A static and voyage related data, type 5 (ITU-R M.1371-5 Annex 8 §3.3, Table 52): 424 bits in two sentences.
/// Carries the hull's identity (IMO number, call sign, name), its type and size, and the voyage (draught, destination, ETA).
/// Compare <see cref="StaticDataReport"/> (type 24, class B, in two independent parts).
/// </summary>
public readonly record struct StaticAndVoyageData : IAisMessage
{
    /// <summary>Length of the message in bits as ITU-R M.1371-5 defines it; payloads a few bits shorter or longer are accepted as sent.</summary>
    public const int StandardBits = 424;

    /// <summary>
    /// Repeat indicator 0–3: how many times a repeater station has re-sent the message; 0 is the default, 3 means "do not
    /// repeat any more" (ITU-R M.1371-5 Annex 2 §4.6.1).
    /// </summary>
    public byte Repeat { get; init; }
    /// <summary>
    /// MMSI of the sending station: the nine-digit Maritime Mobile Service Identity (ITU-R M.585) set in the transponder,
    /// which names a radio, not a hull.
    /// </summary>
    public uint Mmsi { get; init; }
    /// <summary>AIS version indicator: 0 ITU-R M.1371-1, 1 M.1371-3, 2 M.1371-5, 3 a future edition (ITU-R M.1371-5 Table 52).</summary>
    public byte AisVersion { get; init; }
    /// <summary>
    /// IMO number as sent: 0 not available; 1 000 000–9 999 999 is an IMO ship number, 10 000 000–1 073 741 823 an official
    /// flag-state number; see <see cref="Imo"/>.
    /// </summary>
    public uint ImoRaw { get; init; }
    /// <summary>Call sign as sent, up to 7 six-bit characters, "@" padding and trailing spaces removed; empty when not available.</summary>
    public string CallSign { get; init; }
    /// <summary>Name as sent, up to 20 six-bit characters with the "@" padding and trailing spaces removed; empty when not available.</summary>
    public string Name { get; init; }
    /// <summary>
    /// Type of ship and cargo as sent, 0–99 (ITU-R M.1371-5 Table 53): 0 not available; the tens digit is the kind (3x
    /// special craft, 7x cargo, 8x tanker), the units digit the hazard category; 100–255 are reserved.
    /// </summary>
    public byte ShipType { get; init; }
    /// <summary>
    /// Distance in metres from the position reference point to the bow: 0 not available, 511 means 511 m or more (ITU-R
    /// M.1371-5 Table 52).
    /// </summary>
    public ushort ToBow { get; init; }
    /// <summary>
    /// Distance in metres from the position reference point to the stern: 0 not available, 511 means 511 m or more (ITU-R
    /// M.1371-5 Table 52).
    /// </summary>
    public ushort ToStern { get; init; }
    /// <summary>
    /// Distance in metres from the position reference point to port: 0 not available, 63 means 63 m or more (ITU-R M.1371-5
    /// Table 52).
    /// </summary>
    public byte ToPort { get; init; }
    /// <summary>
    /// Distance in metres from the position reference point to starboard: 0 not available, 63 means 63 m or more (ITU-R
    /// M.1371-5 Table 52).
    /// </summary>
    public byte ToStarboard { get; init; }
    /// <summary>Type of electronic position fixing device (ITU-R M.1371-5 Table 50); <see cref="Messages.Epfd.Undefined"/> when not given.</summary>
    public Epfd Epfd { get; init; }
    /// <summary>ETA month 1–12; 0 not available.</summary>
    public byte EtaMonth { get; init; }
    /// <summary>ETA day 1–31; 0 not available.</summary>
    public byte EtaDay { get; init; }
    /// <summary>ETA hour 0–23; 24 not available.</summary>
    public byte EtaHour { get; init; }
    /// <summary>ETA minute 0–59; 60 not available.</summary>
    public byte EtaMinute { get; init; }
    /// <summary>
    /// Maximum present static draught in 0.1 m as sent: 0 not available, 255 means 25.5 m or more (ITU-R M.1371-5 Table
    /// 52); see <see cref="Draught"/>.
    /// </summary>
    public byte DraughtRaw { get; init; }
    /// <summary>
    /// Destination as entered by the crew, up to 20 six-bit characters, "@" padding and trailing spaces removed; empty when
    /// not available.
    /// </summary>
    public string Destination { get; init; }
    /// <summary>Null when the payload was cut before this field.</summary>
    public bool? Dte { get; init; }

    /// <summary>IMO number, or null when not available. The check digit is not verified here: a copied or invented number still decodes.</summary>
    public int? Imo => AisValues.Imo(ImoRaw);
    /// <summary>
    /// Maximum present static draught in metres, or null when not available; entered by the crew, so a change is a claim
    /// about loading.
    /// </summary>
    public double? Draught => AisValues.Draught(DraughtRaw);
    /// <summary>Overall length (bow + stern) in metres, or null when either part is missing.</summary>
    public int? Length => ToBow == 0 || ToStern == 0 ? null : ToBow + ToStern;
    /// <summary>Beam (port + starboard) in metres, or null when either part is missing.</summary>
    public int? Beam => ToPort == 0 || ToStarboard == 0 ? null : ToPort + ToStarboard;

    /// <summary>Reads a type 5 message from its bits; the caller has checked the type and a minimum length.</summary>
    public static StaticAndVoyageData Read(BitReader r) => new()
    {
        Repeat = (byte)r.UInt(6, 2),
        Mmsi = r.UInt(8, 30),
        AisVersion = (byte)r.UInt(38, 2),
        ImoRaw = r.UInt(40, 30),
        CallSign = r.Text(70, 7),
        Name = r.Text(112, 20),
        ShipType = (byte)r.UInt(232, 8),
        ToBow = (ushort)r.UInt(240, 9),
        ToStern = (ushort)r.UInt(249, 9),
        ToPort = (byte)r.UInt(258, 6),
        ToStarboard = (byte)r.UInt(264, 6),
        Epfd = (Epfd)r.UInt(270, 4),
        EtaMonth = (byte)r.UInt(274, 4),
        EtaDay = (byte)r.UInt(278, 5),
        EtaHour = (byte)r.UInt(283, 5),
        EtaMinute = (byte)r.UInt(288, 6),
        DraughtRaw = (byte)r.UInt(294, 8),
        Destination = r.Text(302, 20),
        Dte = r.BoolIfPresent(422),
    };

    /// <inheritdoc/>
    public void Write(ref BitWriter w)
    {
        w.Write(5, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(AisVersion, 2); w.Write(ImoRaw, 30);
        w.WriteText(CallSign, 7); w.WriteText(Name, 20); w.Write(ShipType, 8); w.Write(ToBow, 9); w.Write(ToStern, 9);
        w.Write(ToPort, 6); w.Write(ToStarboard, 6); w.Write((uint)Epfd, 4); w.Write(EtaMonth, 4); w.Write(EtaDay, 5);
        w.Write(EtaHour, 5); w.Write(EtaMinute, 6); w.Write(DraughtRaw, 8); w.WriteText(Destination, 20);
        w.Write(Dte ?? false); w.Write(0, 1);
    }

    /// <summary>Writes every field after the MMSI, scaled, with null for "not available".</summary>
    public void WriteFields(IAisFieldSink s)
    {
        s.Integer(AisFields.AisVersion, AisVersion); s.Integer(AisFields.Imo, Imo); s.Text(AisFields.Callsign, CallSign);
        s.Text(AisFields.Name, Name); s.Integer(AisFields.ShipType, ShipType);
        AisValues.WriteDimensions(s, ToBow, ToStern, ToPort, ToStarboard);
        s.Integer(AisFields.Epfd, (int)Epfd);
        s.Integer(AisFields.EtaMonth, EtaMonth is >= 1 and <= 12 ? EtaMonth : null); s.Integer(AisFields.EtaDay, EtaDay is >= 1 and <= 31 ? EtaDay : null);
        s.Integer(AisFields.EtaHour, EtaHour < 24 ? EtaHour : null); s.Integer(AisFields.EtaMinute, EtaMinute < 60 ? EtaMinute : null);
        s.Decimal(AisFields.Draught, Draught); s.Text(AisFields.Destination, Destination); s.Boolean(AisFields.Dte, Dte);
    }
}
