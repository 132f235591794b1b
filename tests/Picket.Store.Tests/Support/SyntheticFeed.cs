using Picket.Ais;
using Picket.Ais.Messages;
using Picket.Ais.Nmea;

namespace Picket.Store.Tests.Support;

/// <summary>
/// Writes a deterministic NMEA feed with Picket's own encoder: a fleet moving around the Yellow Sea sending type 1
/// positions every line, Class B type 18 every 7th, a two-sentence type 5 every 50th and type 24 every 97th, with
/// a broken line (bad checksum) every 1,000th and an orphan fragment every 5,000th. Timestamps are in tag blocks.
/// The same seed and count give the same bytes, so expected counts are computed, not guessed.
/// </summary>
public static class SyntheticFeed
{
    /// <summary>Second part of a two-part message whose first part never came: rejected as an orphan fragment.</summary>
    private static readonly string Orphan = WithChecksum("AIVDM,2,2,7,A,88888888880,2");

    private static string WithChecksum(string body) =>
        "!" + body + "*" + NmeaChecksum.Compute(System.Text.Encoding.ASCII.GetBytes(body)).ToString("X2", System.Globalization.CultureInfo.InvariantCulture) + "\n";

    public readonly record struct Counts(long Lines, long Positions, long Identities, long Rejected);

    public static Counts Write(string path, long positions, int seed = 1, int vessels = 2000)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var text = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        return Write(text, positions, seed, vessels);
    }

    public static Counts Write(TextWriter w, long positions, int seed = 1, int vessels = 2000)
    {
        var nmea = new NmeaWriter();
        var rng = new Random(seed);
        var lat = new double[vessels];
        var lon = new double[vessels];
        for (int v = 0; v < vessels; v++) { lat[v] = 34 + rng.NextDouble() * 6; lon[v] = 120 + rng.NextDouble() * 6; }
        long lines = 0, pos = 0, ids = 0, rejected = 0;
        long t0 = 1_520_000_000_000L; // 2018-03-02
        for (long i = 0; pos < positions; i++)
        {
            int v = (int)(i % vessels);
            uint mmsi = 412_000_000u + (uint)v;
            long t = t0 + i * 100;
            lat[v] += (rng.NextDouble() - 0.5) * 0.001;
            lon[v] += (rng.NextDouble() - 0.5) * 0.001;
            int latRaw = (int)Math.Round(lat[v] * 600_000), lonRaw = (int)Math.Round(lon[v] * 600_000);
            if (i % 7 == 3)
                AisEncoder.Write(nmea, w, new PositionReportClassB { Mmsi = mmsi + 1_000_000, SpeedRaw = (ushort)rng.Next(0, 150), LongitudeRaw = lonRaw, LatitudeRaw = latRaw, CourseRaw = (ushort)rng.Next(0, 3600), HeadingRaw = 511, SecondRaw = 60 }, 'B', t, "rx1");
            else
                AisEncoder.Write(nmea, w, new PositionReportClassA { MessageType = 1, Mmsi = mmsi, RateOfTurnRaw = -128, SpeedRaw = (ushort)rng.Next(0, 200), LongitudeRaw = lonRaw, LatitudeRaw = latRaw, CourseRaw = (ushort)rng.Next(0, 3600), HeadingRaw = (ushort)rng.Next(0, 360), SecondRaw = (byte)(t / 1000 % 60), Status = (NavigationStatus)(i % 3 == 0 ? 1 : 0) }, 'A', t, "rx1");
            lines++;
            pos++;
            if (i % 50 == 0)
            {
                AisEncoder.Write(nmea, w, new StaticAndVoyageData { Mmsi = mmsi, ImoRaw = 9_000_000u + (uint)v, CallSign = "P" + v, Name = (v % 10 == 0 && i > positions / 2 ? "RENAMED " : "SHIP ") + v, ShipType = 80, ToBow = 100, ToStern = 20, ToPort = 10, ToStarboard = 10, DraughtRaw = 95, Destination = "NAMPO", EtaHour = 24, EtaMinute = 60 }, 'A', t, "rx1");
                lines += 2;
                ids++;
            }
            if (i % 97 == 0)
            {
                AisEncoder.Write(nmea, w, new StaticDataReport { Mmsi = mmsi + 1_000_000, PartNumber = 0, Name = "BOAT " + v, VendorId = "", CallSign = "" }, 'B', t, "rx1");
                lines++;
                ids++;
            }
            if (i % 1000 == 999) { w.Write("!AIVDM,1,1,,B,13U4vF0P001d<UnEPPPP0000000,0*00\n"); lines++; rejected++; }
            if (i % 5000 == 4999) { w.Write(Orphan); lines++; rejected++; }
        }
        return new Counts(lines, pos, ids, rejected);
    }
}
