using System.Globalization;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Testing.Traffic;

/// <summary>
/// Writes synthetic traffic in the NOAA/BOEM MarineCadastre daily-file layout: one row per position, with the static
/// fields the vessel last reported (empty before its first), as MarineCadastre joins them. Identity reports make no
/// row of their own.
/// </summary>
public static class TrafficCsv
{
    public const string Header = "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass";

    /// <summary>Writes the header and one row per position; returns the number of rows.</summary>
    public static long Write(TextWriter output, IEnumerable<TrafficItem> items)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(items);
        var c = CultureInfo.InvariantCulture;
        var known = new Dictionary<Mmsi, IdentityReport>();
        output.Write(Header);
        output.Write('\n');
        long rows = 0;
        foreach (var item in items)
        {
            if (item.IsIdentity)
            {
                known[item.Identity.Mmsi] = item.Identity;
                continue;
            }
            var f = item.Fix;
            output.Write(string.Create(c, $"{f.Mmsi.Value},{f.Time.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss},{f.Lat:F5},{f.Lon:F5},{f.Sog ?? 102.3:F1},{f.Cog ?? 360:F1},{f.Heading ?? 511},"));
            if (known.TryGetValue(f.Mmsi, out var r))
            {
                var d = r.Dimensions;
                output.Write(string.Create(c, $"{Quote(r.Name)},{(r.Imo is { } imo ? "IMO" + imo.ToString(c) : "")},{Quote(r.CallSign)},{r.ShipType?.Code},0,{(d is { } l ? l.ToBow + l.ToStern : null)},{(d is { } w ? w.ToPort + w.ToStarboard : null)},{r.DraughtMetres:F1},,"));
            }
            else
            {
                output.Write(",,,,0,,,,,");
            }
            output.Write(f.Class == TransponderClass.B ? "B\n" : "A\n");
            rows++;
        }
        return rows;
    }

    private static string Quote(string? s) => s is null ? "" : s.Contains(',', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal)
        ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
