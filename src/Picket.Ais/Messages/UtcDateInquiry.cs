using Picket.Ais.Output;
using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>
/// UTC and date inquiry, type 10 (ITU-R M.1371-5 Annex 8 §3.9, Table 61): 72 bits asking one station for its time;
/// the answer is a type 11 (<see cref="BaseStationReport"/>).
/// </summary>
public readonly record struct UtcDateInquiry : IAisMessage
{
    public const int StandardBits = 72;

    public byte Repeat { get; init; }
    public uint Mmsi { get; init; }
    public uint DestinationMmsi { get; init; }

    public static UtcDateInquiry Read(BitReader r) => new() { Repeat = (byte)r.UInt(6, 2), Mmsi = r.UInt(8, 30), DestinationMmsi = r.UInt(40, 30) };

    public void Write(ref BitWriter w)
    {
        w.Write(10, 6); w.Write(Repeat, 2); w.Write(Mmsi, 30); w.Write(0, 2); w.Write(DestinationMmsi, 30); w.Write(0, 2);
    }

    public void WriteFields(IAisFieldSink s) => s.Integer(AisFields.DestMmsi, DestinationMmsi);
}
