using Picket.Ais;
using Picket.Ais.Messages;
using Picket.Ais.Nmea;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Bench.Detect;

/// <summary>Writes a synthetic sea as tag-blocked NMEA with Picket's own encoder, as input for <c>picket detect</c>.</summary>
internal static class NmeaExport
{
    public static long Write(SyntheticSea sea, string path)
    {
        var nmea = new NmeaWriter();
        using var w = new StreamWriter(path);
        long n = 0;
        foreach (var item in sea.Stream())
        {
            if (item is VesselFix f)
            {
                var cog = f.Cog ?? 0;
                var msg = new PositionReportClassA
                {
                    MessageType = 1, Mmsi = f.Mmsi.Value, Status = NavigationStatus.UnderWayUsingEngine, RateOfTurnRaw = -128,
                    SpeedRaw = (ushort)Math.Round((f.Sog ?? 0) * 10), LatitudeRaw = (int)Math.Round(f.Lat * 600_000),
                    LongitudeRaw = (int)Math.Round(f.Lon * 600_000), CourseRaw = (ushort)Math.Round(cog * 10),
                    HeadingRaw = (ushort)(f.Heading ?? 511), SecondRaw = (byte)f.Time.Second,
                };
                AisEncoder.Write(nmea, w, msg, 'A', f.Time.ToUnixTimeMilliseconds(), "bench");
            }
            else if (item is IdentityReport r)
            {
                var msg = new StaticAndVoyageData
                {
                    Mmsi = r.Mmsi.Value, Name = r.Name ?? "", CallSign = "", Destination = "", ShipType = r.ShipType?.Code ?? 0,
                    DraughtRaw = (byte)Math.Round((r.DraughtMetres ?? 0) * 10), Epfd = Epfd.Gps,
                };
                AisEncoder.Write(nmea, w, msg, 'A', r.Time.ToUnixTimeMilliseconds(), "bench");
            }
            n++;
        }
        return n;
    }
}
