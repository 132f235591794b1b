using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// Class B static data report, type 24 (ITU-R M.1371-5 Annex 8 §3.23, Table 80), sent as two independent parts:
/// part A (number 0) carries the name; part B (number 1) the ship type, vendor, call sign and dimensions — or, for
/// an auxiliary craft (MMSI 98MIDxxxx), the mothership's MMSI in place of the dimensions.
/// Parts are not reassembled here: join them by MMSI downstream. Part numbers 2 and 3 are invalid and rejected.
/// </summary>
public readonly record struct StaticDataReport : IAisMessage
{
    /// <summary>Part A is 160 bits by the standard (162 and 168 are seen); part B is 168.</summary>
    public const int PartABits = 160, PartBBits = 168;

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
    /// <summary>0 = part A, 1 = part B.</summary>
    public byte PartNumber { get; init; }
    /// <summary>Part A only.</summary>
    public string Name { get; init; }
    /// <summary>Part B: type of ship and cargo, 0–99 (ITU-R M.1371-5 Table 53), 0 not available.</summary>
    public byte ShipType { get; init; }
    /// <summary>Manufacturer's id, three characters (M.1371-5 splits the old seven-character vendor id into id, model and serial).</summary>
    public string VendorId { get; init; }
    /// <summary>Part B: the manufacturer's unit model code, 4 bits; 0 when not given.</summary>
    public byte UnitModel { get; init; }
    /// <summary>Part B: the manufacturer's serial number of the unit, 20 bits; 0 when not given.</summary>
    public uint SerialNumber { get; init; }
    /// <summary>Part B: call sign, up to 7 six-bit characters with padding removed; empty when not available.</summary>
    public string CallSign { get; init; }
    /// <summary>
    /// Part B: distance in metres from the reference point to the bow, 0 not available (0 also for an auxiliary craft,
    /// which sends a mothership MMSI instead).
    /// </summary>
    public ushort ToBow { get; init; }
    /// <summary>Part B: distance in metres from the reference point to the stern, 0 not available.</summary>
    public ushort ToStern { get; init; }
    /// <summary>Part B: distance in metres from the reference point to port, 0 not available.</summary>
    public byte ToPort { get; init; }
    /// <summary>Part B: distance in metres from the reference point to starboard, 0 not available.</summary>
    public byte ToStarboard { get; init; }
    /// <summary>Mothership MMSI when <see cref="Mmsi"/> is an auxiliary craft's (98MIDxxxx); otherwise 0.</summary>
    public uint MothershipMmsi { get; init; }

    /// <summary>True for part A (the name), false for part B.</summary>
    public bool IsPartA => PartNumber == 0;

    /// <summary>Auxiliary craft associated with a parent ship carry MMSI 98MIDxxxx (ITU-R M.585 Annex 2).</summary>
    public static bool IsAuxiliaryCraft(uint mmsi) => mmsi / 10_000_000 == 98;

    /// <summary>Reads part A or part B of a type 24 message; the caller has checked the type, the part number and a minimum length.</summary>
    public static StaticDataReport Read(BitReader r)
    {
        byte part = (byte)r.UInt(38, 2);
        uint mmsi = r.UInt(8, 30);
        if (part == 0)
            return new() { Repeat = (byte)r.UInt(6, 2), Mmsi = mmsi, PartNumber = 0, Name = r.Text(40, 20), VendorId = "", CallSign = "" };
        bool auxiliary = IsAuxiliaryCraft(mmsi);
        return new()
        {
            Repeat = (byte)r.UInt(6, 2),
            Mmsi = mmsi,
            PartNumber = part,
            Name = "",
            ShipType = (byte)r.UInt(40, 8),
            VendorId = r.Text(48, 3),
            UnitModel = (byte)r.UInt(66, 4),
            SerialNumber = r.UInt(70, 20),
            CallSign = r.Text(90, 7),
            ToBow = auxiliary ? (ushort)0 : (ushort)r.UInt(132, 9),
            ToStern = auxiliary ? (ushort)0 : (ushort)r.UInt(141, 9),
            ToPort = auxiliary ? (byte)0 : (byte)r.UInt(150, 6),
            ToStarboard = auxiliary ? (byte)0 : (byte)r.UInt(156, 6),
            MothershipMmsi = auxiliary ? r.UInt(132, 30) : 0,
        };
    }

    /// <inheritdoc/>
    public void Write(ref BitWriter w)
    {
        w.Write(24, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(PartNumber, 2);
        if (PartNumber == 0) { w.WriteText(Name, 20); return; }
        w.Write(ShipType, 8); w.WriteText(VendorId, 3); w.Write(UnitModel, 4); w.Write(SerialNumber, 20); w.WriteText(CallSign, 7);
        if (IsAuxiliaryCraft(Mmsi)) w.Write(MothershipMmsi, 30);
        else { w.Write(ToBow, 9); w.Write(ToStern, 9); w.Write(ToPort, 6); w.Write(ToStarboard, 6); }
        w.Write(0, 6);
    }

    /// <summary>Writes every field of the part after the MMSI, with null for "not available".</summary>
    public void WriteFields(IAisFieldSink s)
    {
        s.Integer(AisFields.Part, PartNumber);
        if (IsPartA) { s.Text(AisFields.Name, Name); return; }
        s.Text(AisFields.Callsign, CallSign); s.Integer(AisFields.ShipType, ShipType); s.Text(AisFields.VendorId, VendorId);
        s.Integer(AisFields.Model, UnitModel); s.Integer(AisFields.Serial, SerialNumber);
        if (IsAuxiliaryCraft(Mmsi)) s.Integer(AisFields.MothershipMmsi, MothershipMmsi);
        else AisValues.WriteDimensions(s, ToBow, ToStern, ToPort, ToStarboard);
    }
}
