using System.Text.Json;
using Picket.Reporting.Html;
using Picket.Core.Events;

namespace Picket.Reporting.GeoJson;

/// <summary>
/// Tracks and events for GIS tools: <c>map.geojson</c> (RFC 7946; one LineString per vessel track sketch, one Point per
/// event) for QGIS. Names from AIS are escaped by the JSON writer.
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
        using var w = new Utf8JsonWriter(stream);
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (var v in vessels.Where(v => v.Track.Count >= 2))
        {
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteStartObject("geometry");
            w.WriteString("type", "LineString");
            w.WriteStartArray("coordinates");
            foreach (var p in v.Track) { w.WriteStartArray(); w.WriteNumberValue(Math.Round(p.Lon, 6)); w.WriteNumberValue(Math.Round(p.Lat, 6)); w.WriteEndArray(); }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("kind", "track");
            w.WriteNumber("mmsi", v.Mmsi);
            if (v.Name != null) w.WriteString("name", v.Name);
            w.WriteNumber("risk", Math.Round(v.Risk.Score, 1));
            w.WriteEndObject();
            w.WriteEndObject();
        }
        foreach (var e in events.Where(e => e.Position != null))
        {
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteString("id", e.Id);
            w.WriteStartObject("geometry");
            w.WriteString("type", "Point");
            w.WriteStartArray("coordinates");
            w.WriteNumberValue(Math.Round(e.Position!.Value.Lon, 6));
            w.WriteNumberValue(Math.Round(e.Position.Value.Lat, 6));
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("kind", "event");
            w.WriteString("type", e.Type.ToWireName());
            w.WriteString("start", JsonLinesEventWriter.FormatTime(e.Start));
            w.WriteString("end", JsonLinesEventWriter.FormatTime(e.End));
            w.WriteString("vessels", string.Join(", ", e.Vessels.Select(x => x.Name is null ? x.Mmsi.ToString() : $"{x.Mmsi} {x.Name}")));
            w.WriteNumber("confidence", e.Confidence);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
