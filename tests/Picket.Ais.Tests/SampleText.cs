using Picket.Ais.Messages;
using Picket.Ais.Nmea;

namespace Picket.Ais.Tests;

/// <summary>A few hundred lines of mixed traffic written with Picket's encoder: types 1, 5 (two parts), 18, 24, with tag blocks, and broken lines.</summary>
internal static class SampleText
{
    public static void Write(TextWriter w)
    {
        var nmea = new NmeaWriter();
        var rng = new Random(7);
        for (int i = 0; i < 200; i++)
        {
            long t = 1_600_000_000_000L + i * 10_000L;
            uint mmsi = 412_000_000u + (uint)(i % 17);
            var a = new PositionReportClassA { MessageType = 1, Mmsi = mmsi, RateOfTurnRaw = -128, SpeedRaw = (ushort)rng.Next(0, 200), LongitudeRaw = rng.Next(-108_000_000, 108_000_000), LatitudeRaw = rng.Next(-54_000_000, 54_000_000), CourseRaw = 100, HeadingRaw = 511, SecondRaw = 60 };
            AisEncoder.Write(nmea, w, a, i % 2 == 0 ? 'A' : 'B', i % 3 == 0 ? null : t, i % 3 == 0 ? null : "rx" + (i % 4));
            if (i % 10 == 0) AisEncoder.Write(nmea, w, new StaticAndVoyageData { Mmsi = mmsi, ImoRaw = 9_000_000u + (uint)i, CallSign = "CALL" + i % 10, Name = "SHIP " + i, ShipType = 80, Destination = "NAMPO", EtaHour = 24, EtaMinute = 60 }, 'A', t, "rx1");
            if (i % 15 == 0) AisEncoder.Write(nmea, w, new PositionReportClassB { Mmsi = mmsi + 100, SpeedRaw = 1023, LongitudeRaw = 108_600_000, LatitudeRaw = 54_600_000, CourseRaw = 3600, HeadingRaw = 511 }, 'B', t, null);
            if (i % 25 == 0) AisEncoder.Write(nmea, w, new StaticDataReport { Mmsi = mmsi + 100, PartNumber = 0, Name = "BOAT_" + i + "'S", VendorId = "", CallSign = "" });
            if (i % 40 == 0) w.Write("!AIVDM,1,1,,B,13U4vF0P001d<UnE\r\n$GPGGA,1\r\n\r\n");
        }
    }
}
