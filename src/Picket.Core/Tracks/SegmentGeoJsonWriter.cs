using Picket.Core.GeoJson;

namespace Picket.Core.Tracks;

/// <summary>
/// Writes segments as a GeoJSON FeatureCollection (RFC 7946): one LineString per segment with two or more fixes,
/// a Point for a one-fix segment, through the one <see cref="GeoJsonWriter"/> ([lon, lat], 6 decimals). Feature id: the
/// segment id; properties: name, mmsi, start, end, fixes, role, parent.
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
        using var geo = new GeoJsonWriter(stream);
        foreach (var (segment, fixes) in segments)
            WriteFeature(geo, segment, fixes);
    }

    /// <summary>Writes one segment as a Feature; nothing for a segment without fixes.</summary>
    internal static void WriteFeature(GeoJsonWriter geo, in TrackSegment segment, IReadOnlyList<VesselFix> fixes)
    {
        if (fixes.Count == 0)
            return;
        geo.BeginFeature(fixes.Count == 1 ? GeoJsonGeometry.Point : GeoJsonGeometry.LineString, segment.Id);
        foreach (var f in fixes)
            geo.Position(f.Lon, f.Lat);
        var w = geo.BeginProperties();
        w.WriteString("name", segment.Name);
        w.WriteNumber("mmsi", segment.Mmsi.Value);
        w.WriteString("start", Events.JsonLinesEventWriter.FormatTime(segment.Start));
        w.WriteString("end", Events.JsonLinesEventWriter.FormatTime(segment.End));
        w.WriteNumber("fixes", segment.FixCount);
        w.WriteString("role", segment.Role switch { SegmentRole.Jump => "jump", SegmentRole.Clash => "clash", _ => "track" });
        if (segment.ParentId != 0)
            w.WriteNumber("parent", segment.ParentId);
        geo.EndFeature();
    }
}
