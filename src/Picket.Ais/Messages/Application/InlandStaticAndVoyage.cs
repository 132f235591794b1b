using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages.Application;

/// <summary>
/// Inland ship static and voyage related data, DAC 200 FI 10 (CCNR/UNECE Inland AIS standard, message 10; sent in a
/// type 8 broadcast): the European vessel number (ENI), length and beam in 0.1 m, the ERI ship type, blue cones for
/// dangerous cargo, draught in 0.01 m and whether the vessel is loaded — a barge's cargo state without a draught sensor.
/// </summary>
public readonly record struct InlandStaticAndVoyage
{
    /// <summary>Designated area code of this application.</summary>
    public const ushort Dac = 200;
    /// <summary>Function identifier of this application within its DAC.</summary>
    public const byte Fi = 10;
    /// <summary>Application data length: 112 bits (168 with the type 8 header).</summary>
    public const int DataBits = 112;

    /// <summary>European Number of Identification, eight characters.</summary>
    public string Eni { get; init; }
    /// <summary>Length in 0.1 m; 0 not available.</summary>
    public ushort LengthRaw { get; init; }
    /// <summary>Beam in 0.1 m; 0 not available.</summary>
    public ushort BeamRaw { get; init; }
    /// <summary>ERI ship or combination type (UN/ECE codes, e.g. 8020 motor tanker); 0 not available.</summary>
    public ushort ShipType { get; init; }
    /// <summary>Blue cones or lights 0–3; 4 B-flag; 5 unknown (default).</summary>
    public byte Hazard { get; init; }
    /// <summary>Draught in 0.01 m; 0 not available.</summary>
    public ushort DraughtRaw { get; init; }
    /// <summary>As sent: 0 not available, 1 loaded, 2 unloaded, 3 not used.</summary>
    public byte LoadedRaw { get; init; }
    /// <summary>Quality of the speed information: true high, false low or GNSS (the default).</summary>
    public bool SpeedQuality { get; init; }
    /// <summary>Quality of the course information: true high, false low or GNSS (the default).</summary>
    public bool CourseQuality { get; init; }
    /// <summary>Quality of the heading information: true high, false low or GNSS (the default).</summary>
    public bool HeadingQuality { get; init; }

    /// <summary>Length of the ship or convoy in metres, or null when not available.</summary>
    public double? Length => LengthRaw == 0 ? null : LengthRaw / 10.0;
    /// <summary>Beam of the ship or convoy in metres, or null when not available.</summary>
    public double? Beam => BeamRaw == 0 ? null : BeamRaw / 10.0;
    /// <summary>Static draught in metres, or null when not available.</summary>
    public double? Draught => DraughtRaw == 0 ? null : DraughtRaw / 100.0;
    /// <summary>True loaded, false unloaded, null not available (the Inland AIS standard's 1 and 2).</summary>
    public bool? Loaded => LoadedRaw switch { 1 => true, 2 => false, _ => null };

    /// <summary>Reads the application data that starts <paramref name="offset"/> bits into the message.</summary>
    public static InlandStaticAndVoyage Read(BitReader r, int offset) => new()
    {
        Eni = r.Text(offset, 8), LengthRaw = (ushort)r.UInt(offset + 48, 13), BeamRaw = (ushort)r.UInt(offset + 61, 10),
        ShipType = (ushort)r.UInt(offset + 71, 14), Hazard = (byte)r.UInt(offset + 85, 3), DraughtRaw = (ushort)r.UInt(offset + 88, 11),
        LoadedRaw = (byte)r.UInt(offset + 99, 2), SpeedQuality = r.Bool(offset + 101), CourseQuality = r.Bool(offset + 102),
        HeadingQuality = r.Bool(offset + 103),
    };

    /// <summary>Writes the application data, without the binary message header, in its standard layout.</summary>
    public void Write(ref BitWriter w)
    {
        w.WriteText(Eni, 8); w.Write(LengthRaw, 13); w.Write(BeamRaw, 10); w.Write(ShipType, 14); w.Write(Hazard, 3);
        w.Write(DraughtRaw, 11); w.Write(LoadedRaw, 2); w.Write(SpeedQuality); w.Write(CourseQuality); w.Write(HeadingQuality);
        w.Write(0, 8);
    }

    /// <summary>Writes every field, scaled, with null for "not available".</summary>
    public void WriteFields(IAisFieldSink s)
    {
        s.Text(AisFields.Eni, Eni); s.Decimal(AisFields.Length, Length); s.Decimal(AisFields.Beam, Beam);
        s.Integer(AisFields.ErshipType, ShipType == 0 ? null : ShipType); s.Integer(AisFields.Hazard, Hazard);
        s.Decimal(AisFields.Draught, Draught); s.Integer(AisFields.LoadedRaw, LoadedRaw); s.Boolean(AisFields.Loaded, Loaded);
        s.Boolean(AisFields.SpeedQuality, SpeedQuality); s.Boolean(AisFields.CourseQuality, CourseQuality);
        s.Boolean(AisFields.HeadingQuality, HeadingQuality);
    }
}
