using Picket.Ais;
using Picket.Ais.Messages;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Observations;

/// <summary>
/// The one mapping from decoded AIS messages to observations (ITU-R M.1371-5): positions from types 1/2/3 (Class A),
/// 18 and 19 (Class B) and 27 (long range); identity from 5 (Class A static and voyage data), 19 (Class B extended:
/// name, ship type, dimensions) and 24 (Class B static data, part A or B). The analysis and the store both use it, so
/// a field cannot be read by one and forgotten by the other. "Not available" values are already null in the decoder's
/// typed values; blank text becomes null, padding trimmed; ship type 0 and zero dimensions mean "not given".
/// </summary>
public static class AisObservations
{
    /// <summary>True for the message types this mapping turns into observations.</summary>
    public static bool IsMapped(int messageType) => messageType is 1 or 2 or 3 or 5 or 18 or 19 or 24 or 27;

    /// <summary>
    /// Passes what <paramref name="m"/> says to <paramref name="sink"/> (a position, an identity, or both for type 19,
    /// position first); false for types that carry neither.
    /// </summary>
    public static bool Map(in AisPayload m, IObservationSink sink)
    {
        int type = m.MessageType;
        if (!IsMapped(type)) return false;
        long ticks = PositionObservation.TicksOf(m.TimeMs);
        var r = m.Reader;
        switch (type)
        {
            case 1 or 2 or 3:
            {
                var a = PositionReportClassA.Read(r);
                sink.OnPosition(new PositionObservation(new Mmsi(a.Mmsi), ticks, a.Latitude ?? double.NaN, a.Longitude ?? double.NaN,
                    a.Speed, a.Course, a.Heading, (byte)a.Status, (byte)type, TransponderClass.A));
                break;
            }
            case 18:
            {
                var b = PositionReportClassB.Read(r);
                sink.OnPosition(new PositionObservation(new Mmsi(b.Mmsi), ticks, b.Latitude ?? double.NaN, b.Longitude ?? double.NaN,
                    b.Speed, b.Course, b.Heading, PositionObservation.NoStatus, 18, TransponderClass.B));
                break;
            }
            case 19:
            {
                var e = ExtendedPositionReportClassB.Read(r);
                var mmsi = new Mmsi(e.Mmsi);
                sink.OnPosition(new PositionObservation(mmsi, ticks, e.Latitude ?? double.NaN, e.Longitude ?? double.NaN,
                    e.Speed, e.Course, e.Heading, PositionObservation.NoStatus, 19, TransponderClass.B));
                sink.OnIdentity(new IdentityObservation(new IdentityReport(mmsi, Time(ticks), IdentitySource.ClassBExtended,
                    Text(e.Name), null, null, Type(e.ShipType), Dimensions(e.ToBow, e.ToStern, e.ToPort, e.ToStarboard)),
                    m.HasTime, 19, null, WithPosition: true));
                break;
            }
            case 27:
            {
                var l = LongRangePosition.Read(r);
                sink.OnPosition(new PositionObservation(new Mmsi(l.Mmsi), ticks, l.Latitude ?? double.NaN, l.Longitude ?? double.NaN,
                    l.Speed, l.Course, null, (byte)l.Status, 27, TransponderClass.LongRange));
                break;
            }
            case 5:
            {
                var s = StaticAndVoyageData.Read(r);
                sink.OnIdentity(new IdentityObservation(new IdentityReport(new Mmsi(s.Mmsi), Time(ticks), IdentitySource.ClassAStatic,
                    Text(s.Name), s.Imo, Text(s.CallSign), Type(s.ShipType), Dimensions(s.ToBow, s.ToStern, s.ToPort, s.ToStarboard),
                    s.Draught, Text(s.Destination)), m.HasTime, 5, null, WithPosition: false));
                break;
            }
            default: // 24
            {
                var s = StaticDataReport.Read(r);
                var report = s.IsPartA
                    ? new IdentityReport(new Mmsi(s.Mmsi), Time(ticks), IdentitySource.ClassBStatic, Text(s.Name))
                    : new IdentityReport(new Mmsi(s.Mmsi), Time(ticks), IdentitySource.ClassBStatic, null, null, Text(s.CallSign),
                        Type(s.ShipType), Dimensions(s.ToBow, s.ToStern, s.ToPort, s.ToStarboard));
                sink.OnIdentity(new IdentityObservation(report, m.HasTime, 24, s.IsPartA ? (byte)0 : (byte)1, WithPosition: false));
                break;
            }
        }
        return true;
    }

    private static DateTimeOffset Time(long ticks) => ticks == PositionObservation.NoTime ? default : new DateTimeOffset(ticks, TimeSpan.Zero);

    internal static string? Text(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static ShipType? Type(byte code) => code == 0 ? null : new ShipType(code);

    private static VesselDimensions? Dimensions(ushort bow, ushort stern, byte port, byte starboard)
    {
        var d = new VesselDimensions(bow, stern, port, starboard);
        return d.IsAvailable ? d : null;
    }
}
