using System.Text.Json;

namespace Picket.Reporting.Html;

/// <summary>
/// Natural Earth 1:50m land for East Asian waters (lon 110–150, lat 20–52), embedded so the report needs no tile
/// server or network. Regenerate with <c>tools/land/extract.js</c>.
/// </summary>
/// <remarks>
/// Picket.Core's <c>Geo/Shoreline</c> ships the same Natural Earth source as boundary arcs, which suit distance and
/// point-in-land queries; filling land on a map needs closed rings, so the report keeps this small (35 KB) clipped copy.
/// </remarks>
internal static class LandPolygons
{
    private static readonly Lazy<List<(double Lon, double Lat)[]>> s_rings = new(Load);

    public static IReadOnlyList<(double Lon, double Lat)[]> Rings => s_rings.Value;

    private static List<(double Lon, double Lat)[]> Load()
    {
        using var stream = typeof(LandPolygons).Assembly.GetManifestResourceStream("Picket.Reporting.Html.land-east-asia.json")
            ?? throw new InvalidOperationException("land-east-asia.json is not embedded");
        using var doc = JsonDocument.Parse(stream);
        double scale = doc.RootElement.GetProperty("scale").GetDouble();
        var rings = new List<(double Lon, double Lat)[]>();
        foreach (var ring in doc.RootElement.GetProperty("rings").EnumerateArray())
        {
            var flat = ring.EnumerateArray().Select(v => v.GetInt32()).ToArray();
            var points = new (double, double)[flat.Length / 2];
            for (int i = 0; i < points.Length; i++) points[i] = (flat[2 * i] / scale, flat[2 * i + 1] / scale);
            rings.Add(points);
        }
        return rings;
    }
}
