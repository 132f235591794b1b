using Picket.Ais;
using Picket.Ais.Messages;
using Picket.Ais.Nmea;
using Picket.Core.Input;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Support;

/// <summary>
/// Turns generated traffic into the NMEA a receiver would deliver (types 1, 18, 5, 24 with tag-block times and a
/// receiver id, in delivery order) and feeds it back through the decoder and <see cref="AisFeed"/>: the full path from
/// raw AIS to tracks, so planted behaviour is found from NMEA, not only from values handed in directly.
/// </summary>
internal static class NmeaReplay
{
    public static string ToNmea(IEnumerable<object> items)
    {
        var nmea = new NmeaWriter();
        var text = new StringWriter();
        foreach (var item in items)
        {
            switch (item)
            {
                case VesselFix f when f.Class == TransponderClass.B:
                    AisEncoder.Write(nmea, text, new PositionReportClassB
                    {
                        Mmsi = f.Mmsi.Value, SpeedRaw = Tenths(f.Sog, 1023), LongitudeRaw = Position(f.Lon), LatitudeRaw = Position(f.Lat),
                        CourseRaw = Tenths(f.Cog, 3600), HeadingRaw = (ushort)(f.Heading ?? 511), SecondRaw = (byte)f.Time.Second, CsUnit = true,
                    }, 'B', f.Time.ToUnixTimeMilliseconds(), "rx-sim");
                    break;
                case VesselFix f:
                    AisEncoder.Write(nmea, text, new PositionReportClassA
                    {
                        MessageType = 1, Mmsi = f.Mmsi.Value, RateOfTurnRaw = -128, SpeedRaw = Tenths(f.Sog, 1023), LongitudeRaw = Position(f.Lon),
                        LatitudeRaw = Position(f.Lat), CourseRaw = Tenths(f.Cog, 3600), HeadingRaw = (ushort)(f.Heading ?? 511), SecondRaw = (byte)f.Time.Second,
                    }, 'A', f.Time.ToUnixTimeMilliseconds(), "rx-sim");
                    break;
                case IdentityReport r when r.Source == IdentitySource.ClassAStatic:
                    var d = r.Dimensions ?? default;
                    AisEncoder.Write(nmea, text, new StaticAndVoyageData
                    {
                        Mmsi = r.Mmsi.Value, ImoRaw = (uint)(r.Imo ?? 0), CallSign = r.CallSign ?? "", Name = r.Name ?? "", ShipType = r.ShipType?.Code ?? 0,
                        ToBow = d.ToBow, ToStern = d.ToStern, ToPort = d.ToPort, ToStarboard = d.ToStarboard, Epfd = Epfd.Gps,
                        EtaMonth = (byte)(r.Eta?.Month ?? 0), EtaDay = (byte)(r.Eta?.Day ?? 0), EtaHour = (byte)(r.Eta?.Hour ?? 24), EtaMinute = (byte)(r.Eta?.Minute ?? 60),
                        DraughtRaw = (byte)Math.Round((r.DraughtMetres ?? 0) * 10), Destination = r.Destination ?? "",
                    }, 'A', r.Time.ToUnixTimeMilliseconds(), "rx-sim");
                    break;
                case IdentityReport r:
                    AisEncoder.Write(nmea, text, new StaticDataReport { Mmsi = r.Mmsi.Value, PartNumber = 0, Name = r.Name ?? "", VendorId = "", CallSign = "" },
                        'B', r.Time.ToUnixTimeMilliseconds(), "rx-sim");
                    break;
            }
        }
        return text.ToString();
    }

    /// <summary>Decodes <paramref name="nmea"/> into the tracker; returns the decoder's statistics.</summary>
    public static DecodeStatistics Feed(VesselTracker tracker, string nmea)
    {
        var decoder = new AisDecoder();
        var feed = new AisFeed(tracker);
        NmeaStreamReader.Read(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(nmea)), decoder, feed);
        tracker.Flush();
        return decoder.Statistics;
    }

    private static int Position(double degrees) => (int)Math.Round(degrees * 600_000);

    private static ushort Tenths(double? value, ushort notAvailable) => value is double v && v >= 0 ? (ushort)Math.Min(notAvailable, Math.Round(v * 10)) : notAvailable;
}
