using System.Globalization;
using System.Security;
using System.Text;
using System.Text.Json;
using Picket.Cli.Report;
using Picket.Core.Events;

namespace Picket.Cli.Analyze;

/// <summary>
/// Tracks and events for GIS tools: <c>map.geojson</c> (RFC 7946; one LineString per vessel track sketch, one Point per
/// event) for QGIS, and <c>map.kml</c> (OGC KML 2.2) for Google Earth. Names from AIS are escaped by the JSON writer
/// and by XML escaping respectively.
/// </summary>
internal static class MapExports
{
    public static void WriteGeoJson(Stream stream, IReadOnlyList<ReportVessel> vessels, IReadOnlyList<PicketEvent> events)
    {
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

    public static void WriteKml(TextWriter w, IReadOnlyList<ReportVessel> vessels, IReadOnlyList<PicketEvent> events)
    {
        // XML-escaped, with characters XML 1.0 forbids (and bidi controls) replaced: a control character in a name made the file invalid.
        static string X(string? s) => SecurityElement.Escape(DisplayText.Printable(s)) ?? "";
        // Google Earth renders <description> as HTML (KML 2.2 §9.1.3.4) even when XML-escaped; HTML-encode it too so it shows as plain text.
        static string D(string? s) => SecurityElement.Escape(System.Net.WebUtility.HtmlEncode(DisplayText.Printable(s))) ?? "";
        static string C(double lon, double lat) => string.Create(CultureInfo.InvariantCulture, $"{lon:0.######},{lat:0.######}");
        w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><name>Picket</name>\n");
        w.Write("<Style id=\"high\"><LineStyle><color>ff2828c6</color><width>3</width></LineStyle></Style><Style id=\"track\"><LineStyle><color>99a6948a</color><width>1</width></LineStyle></Style>\n");
        w.Write("<Folder><name>Tracks</name>\n");
        foreach (var v in vessels.Where(v => v.Track.Count >= 2))
        {
            var coords = new StringBuilder();
            foreach (var p in v.Track) coords.Append(C(p.Lon, p.Lat)).Append(' ');
            w.Write($"<Placemark><name>{X(v.Name ?? v.Mmsi.ToString(CultureInfo.InvariantCulture))}</name><description>{D($"{v.Name ?? "(no name)"}: MMSI {v.Mmsi}{(v.Imo is { } imo ? $", IMO {imo}" : "")}, risk {v.Risk.Score:0}")}</description><styleUrl>#{(v.Risk.IsHighRisk ? "high" : "track")}</styleUrl><LineString><coordinates>{coords}</coordinates></LineString></Placemark>\n");
        }
        w.Write("</Folder><Folder><name>Events</name>\n");
        foreach (var e in events.Where(e => e.Position != null))
        {
            var vesselsText = string.Join(", ", e.Vessels.Select(x => x.Name is null ? x.Mmsi.ToString() : $"{x.Mmsi} {x.Name}"));
            w.Write($"<Placemark><name>{X(e.Type.ToWireName())}</name><description>{D($"{vesselsText}; confidence {e.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}; id {e.Id}")}</description>");
            w.Write($"<TimeSpan><begin>{JsonLinesEventWriter.FormatTime(e.Start)}</begin><end>{JsonLinesEventWriter.FormatTime(e.End)}</end></TimeSpan><Point><coordinates>{C(e.Position!.Value.Lon, e.Position.Value.Lat)}</coordinates></Point></Placemark>\n");
        }
        w.Write("</Folder></Document></kml>\n");
    }
}
