using System.Globalization;
using System.Security;
using System.Text;
using Picket.Core.Events;
using Picket.Reporting.Html;

namespace Picket.Reporting.Kml;

/// <summary>Tracks and events for Google Earth: <c>map.kml</c> (OGC KML 2.2), names XML-escaped.</summary>
public static class KmlMapWriter
{
    /// <summary>Writes one KML document: a folder of vessel tracks (high-risk ones styled apart) and a folder of event placemarks.</summary>
    /// <param name="w">Receives the XML; left open.</param>
    /// <param name="vessels">The vessels whose tracks are drawn; a vessel with fewer than two fixes has no line.</param>
    /// <param name="events">The events, each a placemark at its position.</param>
    public static void Write(TextWriter w, IReadOnlyList<ReportVessel> vessels, IReadOnlyList<PicketEvent> events)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(vessels);
        ArgumentNullException.ThrowIfNull(events);
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
