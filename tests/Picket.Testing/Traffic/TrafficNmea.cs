using System.Globalization;
using System.Text;
using Picket.Ais;
using Picket.Ais.Messages;
using Picket.Ais.Nmea;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Testing.Traffic;

/// <summary>
/// Writes synthetic traffic as the NMEA a receiver delivers, with Picket's own encoder: type 1 (class A) and type 18
/// (class B) positions, type 5 (two sentences) and type 24 part A statics, each line with a tag block carrying the
/// time and the receiver (IEC 61162-450 / NMEA 4.10 tag blocks). Optionally it plants the two commonest kinds of broken
/// input, so a reader's rejection counts can be checked against <see cref="NmeaCounts"/>.
/// </summary>
public static class TrafficNmea
{
    /// <summary>A position line with a wrong checksum (IEC 61162-1 §7.2.3): rejected.</summary>
    private const string BrokenLine = "!AIVDM,1,1,,B,13U4vF0P001d<UnEPPPP0000000,0*00\n";

    /// <summary>The second part of a two-part message whose first part never came: rejected as an orphan fragment.</summary>
    private static readonly string OrphanLine = WithChecksum("AIVDM,2,2,7,A,88888888880,2");

    /// <summary>Writes <paramref name="items"/> to <paramref name="output"/>; every <paramref name="brokenEvery"/>-th position
    /// is followed by a broken line and every <paramref name="orphanEvery"/>-th by an orphan fragment (0: none).</summary>
    public static NmeaCounts Write(TextWriter output, IEnumerable<TrafficItem> items, string receiver = "rx-sim", int brokenEvery = 0, int orphanEvery = 0)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(items);
        var nmea = new NmeaWriter();
        long lines = 0, positions = 0, identities = 0, rejected = 0;
        foreach (var item in items)
        {
            if (item.IsIdentity)
            {
                lines += WriteIdentity(nmea, output, item.Identity, receiver);
                identities++;
                continue;
            }
            WritePosition(nmea, output, item.Fix, receiver);
            lines++;
            positions++;
            if (brokenEvery > 0 && positions % brokenEvery == 0) { output.Write(BrokenLine); lines++; rejected++; }
            if (orphanEvery > 0 && positions % orphanEvery == 0) { output.Write(OrphanLine); lines++; rejected++; }
        }
        return new NmeaCounts(lines, positions, identities, rejected);
    }

    /// <summary>Writes the items to a new file at <paramref name="path"/>.</summary>
    public static NmeaCounts Write(string path, IEnumerable<TrafficItem> items, string receiver = "rx-sim", int brokenEvery = 0, int orphanEvery = 0)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        return Write(text, items, receiver, brokenEvery, orphanEvery);
    }

    /// <summary>The items as one string of NMEA lines.</summary>
    public static string ToText(IEnumerable<TrafficItem> items, string receiver = "rx-sim")
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(text, items, receiver);
        return text.ToString();
    }

    private static void WritePosition(NmeaWriter nmea, TextWriter output, in VesselFix f, string receiver)
    {
        var ms = f.Time.ToUnixTimeMilliseconds();
        if (f.Class == TransponderClass.B)
        {
            AisEncoder.Write(nmea, output, new PositionReportClassB
            {
                Mmsi = f.Mmsi.Value, SpeedRaw = Tenths(f.Sog, 1023), LongitudeRaw = Position(f.Lon), LatitudeRaw = Position(f.Lat),
                CourseRaw = Tenths(f.Cog, 3600), HeadingRaw = (ushort)(f.Heading ?? 511), SecondRaw = (byte)f.Time.Second, CsUnit = true,
            }, 'B', ms, receiver);
            return;
        }
        AisEncoder.Write(nmea, output, new PositionReportClassA
        {
            MessageType = 1, Mmsi = f.Mmsi.Value, Status = NavigationStatus.UnderWayUsingEngine, RateOfTurnRaw = -128, SpeedRaw = Tenths(f.Sog, 1023),
            LongitudeRaw = Position(f.Lon), LatitudeRaw = Position(f.Lat), CourseRaw = Tenths(f.Cog, 3600), HeadingRaw = (ushort)(f.Heading ?? 511),
            SecondRaw = (byte)f.Time.Second,
        }, 'A', ms, receiver);
    }

    private static int WriteIdentity(NmeaWriter nmea, TextWriter output, in IdentityReport r, string receiver)
    {
        var ms = r.Time.ToUnixTimeMilliseconds();
        if (r.Source != IdentitySource.ClassAStatic)
        {
            AisEncoder.Write(nmea, output, new StaticDataReport { Mmsi = r.Mmsi.Value, PartNumber = 0, Name = r.Name ?? "", VendorId = "", CallSign = "" }, 'B', ms, receiver);
            return 1;
        }
        var d = r.Dimensions ?? default;
        AisEncoder.Write(nmea, output, new StaticAndVoyageData
        {
            Mmsi = r.Mmsi.Value, ImoRaw = (uint)(r.Imo ?? 0), CallSign = r.CallSign ?? "", Name = r.Name ?? "", ShipType = r.ShipType?.Code ?? 0,
            ToBow = d.ToBow, ToStern = d.ToStern, ToPort = d.ToPort, ToStarboard = d.ToStarboard, Epfd = Epfd.Gps,
            EtaMonth = (byte)(r.Eta?.Month ?? 0), EtaDay = (byte)(r.Eta?.Day ?? 0), EtaHour = (byte)(r.Eta?.Hour ?? 24), EtaMinute = (byte)(r.Eta?.Minute ?? 60),
            DraughtRaw = (byte)Math.Round((r.DraughtMetres ?? 0) * 10), Destination = r.Destination ?? "",
        }, 'A', ms, receiver);
        return 2; // 424 bits: two sentences of at most 336 payload bits each (ITU-R M.1371-5 Annex 8, IEC 61162-1)
    }

    /// <summary>Degrees in the position fields' 1/10 000 minute (ITU-R M.1371-5 Table 46).</summary>
    private static int Position(double degrees) => (int)Math.Round(degrees * 600_000);

    private static ushort Tenths(double? value, ushort notAvailable) =>
        value is double v && v >= 0 ? (ushort)Math.Min(notAvailable, Math.Round(v * 10)) : notAvailable;

    private static string WithChecksum(string body) =>
        "!" + body + "*" + NmeaChecksum.Compute(Encoding.ASCII.GetBytes(body)).ToString("X2", CultureInfo.InvariantCulture) + "\n";
}

/// <summary>What <see cref="TrafficNmea"/> wrote: lines, position and identity messages, and lines a reader must reject.</summary>
public readonly record struct NmeaCounts(long Lines, long Positions, long Identities, long Rejected);
