using System.Text.Json;

namespace Picket.Core.Tracks;

/// <summary>
/// Writes segments as a GeoJSON FeatureCollection (RFC 7946): one LineString per segment with two or more fixes,
/// a Point for a one-fix segment; coordinates are [lon, lat]. Properties: id, name, mmsi, start, end, fixes, role,
/// parent. Segments crossing the antimeridian are not split (RFC 7946 §3.1.9 recommends it; not done yet).
/// </summary>
public static class SegmentGeoJsonWriter
{
    /// <summary>Writes every closed segment of <paramref name="segments"/> in id order with its fixes.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream stream, SegmentCollector segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        Write(stream, segments.Segments.Values.OrderBy(s => s.Id).Select(s => (s, segments.FixesOf(s.Id))));
    }

    /// <summary>Writes the given segments with their fixes in the order given, streaming.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream stream, IEnumerable<(TrackSegment Segment, IReadOnlyList<VesselFix> Fixes)> segments)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(segments);
        using var w = new Utf8JsonWriter(stream);
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (var (segment, fixes) in segments)
            WriteFeature(w, segment, fixes);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes one segment as a Feature; nothing for a segment without fixes.</summary>
    internal static void WriteFeature(Utf8JsonWriter w, in TrackSegment segment, IReadOnlyList<VesselFix> fixes)
    {
        if (fixes.Count == 0)
            return;
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteNumber("id", segment.Id);
        w.WriteStartObject("geometry");
        if (fixes.Count == 1)
        {
            w.WriteString("type", "Point");
            w.WritePropertyName("coordinates");
            WritePosition(w, fixes[0]);
        }
        else
        {
            w.WriteString("type", "LineString");
            w.WriteStartArray("coordinates");
            foreach (var f in fixes)
                WritePosition(w, f);
            w.WriteEndArray();
        }
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("name", segment.Name);
        w.WriteNumber("mmsi", segment.Mmsi.Value);
        w.WriteString("start", Events.JsonLinesEventWriter.FormatTime(segment.Start));
        w.WriteString("end", Events.JsonLinesEventWriter.FormatTime(segment.End));
        w.WriteNumber("fixes", segment.FixCount);
        w.WriteString("role", segment.Role switch { SegmentRole.Jump => "jump", SegmentRole.Clash => "clash", _ => "track" });
        if (segment.ParentId != 0)
            w.WriteNumber("parent", segment.ParentId);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter w, in VesselFix f)
    {
        w.WriteStartArray();
        w.WriteNumberValue(Math.Round(f.Lon, 6));
        w.WriteNumberValue(Math.Round(f.Lat, 6));
        w.WriteEndArray();
    }
}
