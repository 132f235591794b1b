using Picket.Ais;
using Picket.Ais.Messages;
using Picket.Ais.Payload;

namespace Picket.Bench.Decode;

/// <summary>
/// The "typed decode" every benchmark performs after framing: each message is read into its struct (switch on type)
/// and a few fields are folded into a number, so the work cannot be optimised away. This matches what libais's
/// <c>ais.decode</c> does for the side-by-side (it builds a dict of every field), for every type.
/// </summary>
internal static class TypedMessages
{
    public static long Consume(BitReader r)
    {
        switch ((int)r.UInt(0, 6))
        {
            case 1 or 2 or 3:
            {
                var m = PositionReportClassA.Read(r);
                return m.Mmsi + m.LatitudeRaw + m.LongitudeRaw + m.SpeedRaw + m.CourseRaw + m.HeadingRaw;
            }
            case 4 or 11:
            {
                var m = BaseStationReport.Read(r);
                return m.Mmsi + m.LatitudeRaw + m.LongitudeRaw;
            }
            case 5:
            {
                var m = StaticAndVoyageData.Read(r);
                return m.Mmsi + m.ImoRaw + m.ShipType + m.DraughtRaw + m.Name.Length + m.CallSign.Length + m.Destination.Length;
            }
            case 6 or 8:
            {
                var m = BinaryMessageHeader.Read(r);
                return m.Mmsi + m.Dac + m.Fi + (m.Dac, m.Fi) switch
                {
                    (200, 10) => Picket.Ais.Messages.Application.InlandStaticAndVoyage.Read(r, m.DataOffset).LengthRaw,
                    (1, 31) => Picket.Ais.Messages.Application.MeteoHydroReport.Read(r, m.DataOffset).LatitudeRaw,
                    (1, 11) => Picket.Ais.Messages.Application.MeteoHydroReportLegacy.Read(r, m.DataOffset).LatitudeRaw,
                    _ => 0,
                };
            }
            case 9:
            {
                var m = SarAircraftPosition.Read(r);
                return m.Mmsi + m.LatitudeRaw + m.LongitudeRaw;
            }
            case 18:
            {
                var m = PositionReportClassB.Read(r);
                return m.Mmsi + m.LatitudeRaw + m.LongitudeRaw;
            }
            case 19:
            {
                var m = ExtendedPositionReportClassB.Read(r);
                return m.Mmsi + m.LatitudeRaw + m.LongitudeRaw + m.ShipType + m.Name.Length;
            }
            case 21:
            {
                var m = AidToNavigationReport.Read(r);
                return m.Mmsi + m.LatitudeRaw + m.LongitudeRaw + m.Name.Length;
            }
            case 24:
            {
                var m = StaticDataReport.Read(r);
                return m.Mmsi + m.ShipType + m.Name.Length + m.CallSign.Length;
            }
            case 27:
            {
                var m = LongRangePosition.Read(r);
                return m.Mmsi + m.LatitudeRaw + m.LongitudeRaw;
            }
            case 7 or 13: return BinaryAcknowledge.Read(r).Mmsi1;
            case 10: return UtcDateInquiry.Read(r).DestinationMmsi;
            case 12: return AddressedSafetyMessage.Read(r).Text.Length;
            case 14: return BroadcastSafetyMessage.Read(r).Text.Length;
            case 15: return Interrogation.Read(r).Mmsi1;
            case 16: return AssignedModeCommand.Read(r).Mmsi1;
            case 17: return DgnssBroadcast.Read(r).LatitudeRaw;
            case 20: return DataLinkManagement.Read(r).Reservation1.Offset;
            case 22: return ChannelManagement.Read(r).ChannelA;
            case 23: return GroupAssignmentCommand.Read(r).StationType;
            case 25: return SingleSlotBinaryMessage.Read(r).DataBits;
            case 26: return MultipleSlotBinaryMessage.Read(r).RadioStatus;
            default:
                return r.UInt(8, 30);
        }
    }

    /// <summary>A sink for <see cref="NmeaStreamReader"/> that decodes every message it receives.</summary>
    public sealed class Sink : IAisMessageSink
    {
        public long Checksum;
        public long Messages;

        public void OnMessage(in AisPayload message)
        {
            Checksum += Consume(message.Reader);
            Messages++;
        }
    }
}
