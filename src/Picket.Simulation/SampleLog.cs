using Picket.Ais;
using Picket.Ais.Messages;
using Picket.Ais.Nmea;

namespace Picket.Simulation;

/// <summary>
/// The small NMEA log of <c>picket sample</c>, made by Picket's own encoder: two tankers meeting west of Nampho with
/// tag-blocked times, a two-part static message, a class B boat, and a few broken lines (a bad checksum, a cut line, a
/// GPS sentence), so a fresh clone has something to decode without external data. Deterministic, so the committed
/// sample can be checked against it.
/// </summary>
public static class SampleLog
{
    /// <summary>Writes the log, CR LF line ends as IEC 61162-1 sentences end.</summary>
    public static void Write(TextWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        var nmea = new NmeaWriter();
        long t0 = new DateTimeOffset(2018, 3, 2, 10, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        w.Write("# Picket sample log: synthetic, written by 'picket sample'. Positions west of Nampho (DPRK).\r\n");
        var tanker = new StaticAndVoyageData { Mmsi = 445112000, ImoRaw = 8691702, CallSign = "HMYN9", Name = "SAMPLE TANKER", ShipType = 80, ToBow = 60, ToStern = 20, ToPort = 6, ToStarboard = 6, Epfd = Epfd.Gps, EtaMonth = 3, EtaDay = 4, EtaHour = 6, EtaMinute = 0, DraughtRaw = 52, Destination = "NAMPO", AisVersion = 0 };
        AisEncoder.Write(nmea, w, tanker, 'A', t0, "rx-dandong");
        for (int i = 0; i < 12; i++)
        {
            long t = t0 + i * 600_000L;
            int lat = (int)Math.Round(38.91 * 600_000), lon = (int)Math.Round(123.82 * 600_000) + i * 30;
            var a = new PositionReportClassA { MessageType = 1, Mmsi = 445112000, Status = NavigationStatus.UnderWayUsingEngine, RateOfTurnRaw = -128, SpeedRaw = 3, LongitudeRaw = lon, LatitudeRaw = lat, CourseRaw = 900, HeadingRaw = 90, SecondRaw = 0 };
            var b = new PositionReportClassA { MessageType = 3, Mmsi = 667001234, Status = NavigationStatus.UnderWayUsingEngine, RateOfTurnRaw = 0, SpeedRaw = 4, LongitudeRaw = lon + 150, LatitudeRaw = lat + 60, CourseRaw = 910, HeadingRaw = 91, SecondRaw = 30 };
            AisEncoder.Write(nmea, w, a, 'A', t, "rx-dandong");
            AisEncoder.Write(nmea, w, b, 'B', t + 30_000, "rx-dandong");
        }
        var boat = new PositionReportClassB { Mmsi = 412345678, SpeedRaw = 71, LongitudeRaw = (int)(124.1 * 600_000), LatitudeRaw = (int)(39.0 * 600_000), CourseRaw = 1800, HeadingRaw = 511, SecondRaw = 60, CsUnit = true };
        AisEncoder.Write(nmea, w, boat, 'B', t0 + 7_200_000, "rx-dandong");
        // Broken lines as real feeds deliver them: a bad checksum, a cut line, a GPS sentence.
        w.Write("!AIVDM,1,1,,A,13u?etPv2;0n:dDPwUM1U1Cb069D,0*FF\r\n");
        w.Write("!AIVDM,1,1,,B,15M67FC000G?ufbE`FepT@3n00S\r\n");
        w.Write("$GPGGA,184353.07,1929.045,S,02410.506,E,1,04,2.6,100.00,M,-33.9,M,,0000*6D\r\n");
    }
}
