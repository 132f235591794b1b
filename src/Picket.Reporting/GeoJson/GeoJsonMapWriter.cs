using Picket.Core.Events;
using Picket.Core.GeoJson;
using Picket.Reporting.Html;

namespace Picket.Reporting.GeoJson;

/// <summary>
/// Tracks and events for GIS tools: <c>map.geojson</c> (RFC 7946, through the one <see cref="GeoJsonWriter"/>; one
/// LineString per vessel track sketch, one Point per event) for QGIS. Names from AIS are escaped by the JSON writer.
/// </summary>
public static class GeoJsonMapWriter
{
    /// <summary>Writes one FeatureCollection: a <c>track</c> LineString for each vessel with two fixes or more, then a Point per event.</summary>
    /// <param name="stream">Receives UTF-8 JSON; left open.</param>
    /// <param name="vessels">The vessels whose tracks are drawn; a vessel with fewer than two fixes has no line.</param>
    /// <param name="events">The events, each a Point at its position with its type, vessels and times as properties.</param>
    public static void Write(Stream stream, IReadOnlyList<ReportVessel> vessels, IReadOnlyList<PicketEvent> events)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(vessels);
        ArgumentNullException.ThrowIfNull(events);
        using var geo = new GeoJsonWriter(stream);
        foreach (var v in vessels.Where(v => v.Track.Count >= 2))
        {
            geo.BeginFeature(GeoJsonGeometry.LineString);
            foreach (var p in v.Track) geo.Position(p.Lon, p.Lat);
            var w = geo.BeginProperties();
            w.WriteString("kind", "track");
            w.WriteNumber("mmsi", v.Mmsi);
            if (v.Name != null) w.WriteString("name", v.Name);
            w.WriteNumber("risk", Math.Round(v.Risk.Score, 1));
            geo.EndFeature();
        }
        foreach (var e in events.Where(e => e.Position != null))
        {
            geo.BeginFeature(GeoJsonGeometry.Point, e.Id);
            geo.Position(e.Position!.Value.Lon, e.Position.Value.Lat);
            var w = geo.BeginProperties();
            w.WriteString("kind", "event");
            w.WriteString("type", e.Type.ToWireName());
            w.WriteString("start", JsonLinesEventWriter.FormatTime(e.Start));
            w.WriteString("end", JsonLinesEventWriter.FormatTime(e.End));
            w.WriteString("vessels", string.Join(", ", e.Vessels.Select(x => x.Name is null ? x.Mmsi.ToString() : $"{x.Mmsi} {x.Name}")));
            w.WriteNumber("confidence", e.Confidence);
            geo.EndFeature();
        }
    }
}
