using System.Text;
using Picket.Core.Events;

namespace Picket.Reporting.Html;

/// <summary>
/// A vessel's timeline as inline SVG: speed over ground (line), draught (steps, right axis), AIS gaps (shaded) and
/// events (marks along the top), on one time axis. This is where an analyst sees "slowed down, went dark, came back deeper".
/// </summary>
internal static class SvgTimeline
{
    private const int Width = 900, Height = 160, Left = 40, Right = 40, Top = 18, Bottom = 20;

    public static string Render(ReportVessel vessel, IReadOnlyList<PicketEvent> events)
    {
        var mine = events.Where(e => e.Vessels.Any(v => v.Mmsi.Value == vessel.Mmsi)).ToList();
        var times = vessel.Track.Select(p => p.Time).Concat(mine.SelectMany(e => new[] { e.Start, e.End })).Concat(vessel.Draught.Select(d => d.Time)).ToList();
        if (times.Count == 0) return "";
        DateTimeOffset t0 = times.Min(), t1 = times.Max();
        double span = Math.Max(1, (t1 - t0).TotalSeconds);
        double maxSog = Math.Max(5, vessel.Track.Select(p => p.Sog ?? 0).DefaultIfEmpty(0).Max());
        double maxDraught = Math.Max(5, vessel.Draught.Select(d => d.Metres).DefaultIfEmpty(0).Max() * 1.2);
        double X(DateTimeOffset t) => Left + (t - t0).TotalSeconds / span * (Width - Left - Right);
        double YS(double sog) => Height - Bottom - sog / maxSog * (Height - Top - Bottom);
        double YD(double d) => Height - Bottom - d / maxDraught * (Height - Top - Bottom);
        var svg = new StringBuilder($"<svg class=\"timeline\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"Timeline of {Html.E(vessel.Name)}\">");
        foreach (var gap in mine.Where(e => e.Type == EventType.Gap))
            svg.Append($"<rect class=\"gap\" x=\"{Html.N(X(gap.Start), "0.#")}\" y=\"{Top}\" width=\"{Html.N(Math.Max(1, X(gap.End) - X(gap.Start)), "0.#")}\" height=\"{Height - Top - Bottom}\"><title>AIS gap {Html.T(gap.Start)} – {Html.T(gap.End)}</title></rect>");
        if (vessel.Track.Count > 1)
            svg.Append("<polyline class=\"sog\" points=\"").AppendJoin(' ', vessel.Track.Where(p => p.Sog != null).Select(p => $"{Html.N(X(p.Time), "0.#")},{Html.N(YS(p.Sog!.Value), "0.#")}")).Append("\"/>");
        if (vessel.Draught.Count > 0)
        {
            var steps = new List<string>();
            for (int i = 0; i < vessel.Draught.Count; i++)
            {
                var d = vessel.Draught[i];
                var next = i + 1 < vessel.Draught.Count ? vessel.Draught[i + 1].Time : t1;
                steps.Add($"{Html.N(X(d.Time), "0.#")},{Html.N(YD(d.Metres), "0.#")}");
                steps.Add($"{Html.N(X(next), "0.#")},{Html.N(YD(d.Metres), "0.#")}");
            }
            svg.Append("<polyline class=\"draught\" points=\"").AppendJoin(' ', steps).Append("\"/>");
        }
        foreach (var e in mine.Where(e => e.Type != EventType.Gap))
            svg.Append($"<rect class=\"mark {e.Type.ToWireName()}\" x=\"{Html.N(X(e.Start), "0.#")}\" y=\"2\" width=\"{Html.N(Math.Max(3, X(e.End) - X(e.Start)), "0.#")}\" height=\"12\"><title>{Html.E(e.Type.ToWireName())} {Html.T(e.Start)} – {Html.T(e.End)}</title></rect>");
        svg.Append($"<text x=\"2\" y=\"{Top + 8}\">{Html.N(maxSog, "0")} kn</text><text x=\"{Width - Right + 2}\" y=\"{Top + 8}\">{Html.N(maxDraught, "0.#")} m</text>");
        svg.Append($"<text x=\"{Left}\" y=\"{Height - 4}\">{Html.T(t0)}</text><text x=\"{Width - Right}\" y=\"{Height - 4}\" text-anchor=\"end\">{Html.T(t1)}</text></svg>");
        return svg.ToString();
    }
}
