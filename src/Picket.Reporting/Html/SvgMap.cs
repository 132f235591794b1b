using System.Text;
using Picket.Core.Events;

namespace Picket.Reporting.Html;

/// <summary>
/// The report's map as inline SVG: land, vessel tracks (high-risk ones in colour), events and ports, in an
/// equirectangular projection scaled by cos(latitude) around the data's extent. Drawn server-side so it works offline.
/// </summary>
internal static class SvgMap
{
    public const int Width = 960, Height = 640;

    public static string Render(ReportModel model)
    {
        var (w, s, e, n) = Extent(model);
        double kx = Math.Cos((s + n) / 2 * Math.PI / 180);
        double sx = Width / ((e - w) * kx), sy = Height / (n - s), scale = Math.Min(sx, sy);
        string X(double lon) => Html.N((lon - w) * kx * scale, "0.#");
        string Y(double lat) => Html.N((n - lat) * scale, "0.#");
        var svg = new StringBuilder();
        svg.Append($"<svg id=\"map\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"Map of tracks and events\"><rect class=\"sea\" width=\"{Width}\" height=\"{Height}\"/>");
        svg.Append("<g class=\"land\">");
        foreach (var ring in LandPolygons.Rings)
        {
            if (!ring.Any(p => p.Lon >= w - 5 && p.Lon <= e + 5 && p.Lat >= s - 5 && p.Lat <= n + 5)) continue;
            svg.Append("<path d=\"M");
            svg.AppendJoin('L', ring.Select(p => X(p.Lon) + "," + Y(p.Lat)));
            svg.Append("Z\"/>");
        }
        svg.Append("</g><g class=\"tracks\">");
        foreach (var v in model.Vessels.OrderBy(v => v.Risk.IsHighRisk))
        {
            if (v.Track.Count < 2) continue;
            svg.Append($"<polyline class=\"{(v.Risk.IsHighRisk ? "track high" : "track")}\" data-mmsi=\"{v.Mmsi}\" points=\"");
            svg.AppendJoin(' ', Thin(v.Track, 400).Select(p => X(p.Lon) + "," + Y(p.Lat)));
            svg.Append($"\"><title>{Html.E(v.Name)} ({v.Mmsi})</title></polyline>");
        }
        svg.Append("</g><g class=\"ports\">");
        foreach (var p in model.Ports.Where(p => p.Lon >= w && p.Lon <= e && p.Lat >= s && p.Lat <= n))
        {
            string x = X(p.Lon), y = Y(p.Lat);
            svg.Append(p.IsDprk
                ? $"<path class=\"port dprk\" d=\"M{x},{y}m0,-7l6,11h-12z\"><title>{Html.E(p.Name)} (DPRK)</title></path><text x=\"{x}\" y=\"{y}\" dx=\"8\" dy=\"4\">{Html.E(p.Name)}</text>"
                : $"<circle class=\"port\" cx=\"{x}\" cy=\"{y}\" r=\"3\"><title>{Html.E(p.Name)} ({Html.E(p.Country)})</title></circle>");
        }
        svg.Append("</g><g class=\"events\">");
        foreach (var ev in model.Events.Where(ev => ev.Position != null))
        {
            var pos = ev.Position!.Value;
            svg.Append($"<circle class=\"event {ev.Type.ToWireName()}\" cx=\"{X(pos.Lon)}\" cy=\"{Y(pos.Lat)}\" r=\"5\"><title>{Html.E(ev.Type.ToWireName())} {Html.T(ev.Start)} – {Html.T(ev.End)}</title></circle>");
        }
        svg.Append("</g>");
        ChainsHtml.AppendRoutes(svg, model.Events, X, Y);
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The data's extent with a margin, at least 2° across so a single encounter still shows its coast.</summary>
    private static (double W, double S, double E, double N) Extent(ReportModel model)
    {
        var lats = model.Vessels.SelectMany(v => v.Track.Select(p => p.Lat)).Concat(model.Events.Where(e => e.Position != null).Select(e => e.Position!.Value.Lat)).ToList();
        var lons = model.Vessels.SelectMany(v => v.Track.Select(p => p.Lon)).Concat(model.Events.Where(e => e.Position != null).Select(e => e.Position!.Value.Lon)).ToList();
        if (lats.Count == 0) return (117, 30, 132, 43); // the Yellow Sea and Korea Bay
        double w = lons.Min(), e = lons.Max(), s = lats.Min(), n = lats.Max();
        double padX = Math.Max(1, (e - w) * 0.1), padY = Math.Max(1, (n - s) * 0.1);
        return (w - padX, s - padY, e + padX, n + padY);
    }

    private static IEnumerable<TrackPoint> Thin(IReadOnlyList<TrackPoint> track, int max)
    {
        int step = Math.Max(1, track.Count / max);
        for (int i = 0; i < track.Count; i += step) yield return track[i];
        if ((track.Count - 1) % step != 0) yield return track[^1];
    }
}
