using System.Security.Cryptography;
using System.Text.Json;

namespace Picket.Web.Reference;

/// <summary>
/// The report's embedded land (Natural Earth 1:50m, public domain, clipped to lon 110–150, lat 20–52; integers at
/// 1/1000 degree) as a GeoJSON FeatureCollection of Polygons: one source of land for report.html and the dashboard.
/// </summary>
internal static class LandGeoJson
{
    private const string Resource = "Picket.Reporting.Html.land-east-asia.json";

    public static string ETag { get; } = "\"" + Convert.ToHexString(SHA256.HashData(Raw())[..8]) + "\"";

    public static byte[] Build()
    {
        using var doc = JsonDocument.Parse(Raw());
        double scale = doc.RootElement.GetProperty("scale").GetDouble();
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteString("source", doc.RootElement.TryGetProperty("source", out var s) ? s.GetString() : "Natural Earth");
            w.WriteStartArray("features");
            foreach (var ring in doc.RootElement.GetProperty("rings").EnumerateArray())
            {
                var flat = ring.EnumerateArray().Select(v => v.GetInt32()).ToArray();
                if (flat.Length < 8) continue;
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WriteStartObject("properties");
                w.WriteEndObject();
                w.WriteStartObject("geometry");
                w.WriteString("type", "Polygon");
                w.WriteStartArray("coordinates");
                w.WriteStartArray();
                for (int i = 0; i + 1 < flat.Length; i += 2)
                {
                    w.WriteStartArray();
                    w.WriteNumberValue(flat[i] / scale);
                    w.WriteNumberValue(flat[i + 1] / scale);
                    w.WriteEndArray();
                }
                // GeoJSON rings are closed (RFC 7946 §3.1.6).
                if (flat[0] != flat[^2] || flat[1] != flat[^1])
                {
                    w.WriteStartArray();
                    w.WriteNumberValue(flat[0] / scale);
                    w.WriteNumberValue(flat[1] / scale);
                    w.WriteEndArray();
                }
                w.WriteEndArray();
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static byte[] Raw()
    {
        using var stream = typeof(Picket.Reporting.DisplayText).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded in Picket.Reporting");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
