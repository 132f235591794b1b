using System.Text;
using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Voyages;

namespace Picket.Reporting.Html;

/// <summary>
/// The report's laundering chains and voyages: each chain as one route on the map (origin → laundering step → arrival,
/// drawn through its links' positions) and as a table of its links; and a voyages table for the high-risk vessels, port
/// call to port call, with what was declared against what was reached.
/// </summary>
internal static class ChainsHtml
{
    /// <summary>The route of each chain, as SVG polylines in the map's projection.</summary>
    public static void AppendRoutes(StringBuilder svg, IEnumerable<PicketEvent> events, Func<double, string> x, Func<double, string> y)
    {
        svg.Append("<g class=\"chains\">");
        foreach (var e in events.Where(e => e.Type == EventType.LaunderingChain))
        {
            if (e.Evidence is not LaunderingChainEvidence chain) continue;
            var points = chain.Links.Where(l => l.Position is not null).Select(l => l.Position!.Value).ToList();
            if (points.Count < 2) continue;
            svg.Append("<polyline class=\"chain\" data-event=\"").Append(Html.E(e.Id)).Append("\" points=\"");
            svg.AppendJoin(' ', points.Select(p => x(p.Lon) + "," + y(p.Lat)));
            svg.Append("\"><title>laundering chain ").Append(Html.E(e.Id)).Append("</title></polyline>");
        }
        svg.Append("</g>");
    }

    public static void AppendChains(StringBuilder sb, IReadOnlyList<PicketEvent> events)
    {
        var chains = events.Where(e => e.Type == EventType.LaunderingChain).OrderBy(e => e.Start).ToList();
        if (chains.Count == 0) return;
        sb.Append("<section id=\"chains\"><h2>Laundering chains</h2><p class=\"note\">").Append(Html.E(ChainEvents.RuleText))
          .Append(" (UN Panel of Experts 2018; UNSCR 2371 bans DPRK coal). Each chain is drawn on the map as one dashed route through its links.</p>");
        foreach (var e in chains)
        {
            if (e.Evidence is not LaunderingChainEvidence chain) continue;
            sb.Append("<article class=\"chain\" data-event=\"").Append(Html.E(e.Id)).Append("\"><h3>")
              .Append(Html.E(string.Join(" → ", e.Vessels.Select(v => v.Name ?? v.Mmsi.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))))
              .Append(" — ").Append(Html.E(chain.CargoClass)).Append(", ").Append(Html.E(chain.Variant))
              .Append(", confidence ").Append(Html.N(e.Confidence, "0.00")).Append("</h3>");
            sb.Append("<table class=\"list\"><thead><tr><th>link</th><th>what</th><th>where</th><th>start</th><th>end</th><th>draught</th><th>event</th></tr></thead><tbody>");
            foreach (var link in chain.Links)
            {
                sb.Append("<tr><td>").Append(Html.E(link.Role)).Append("</td><td>").Append(Html.E(link.Kind)).Append("</td><td>")
                  .Append(Html.E(link.Port ?? (link.PartnerMmsi is long p ? $"at sea with {p}" : "at sea"))).Append("</td><td>")
                  .Append(Html.T(link.Start)).Append("</td><td>").Append(Html.T(link.End)).Append("</td><td>")
                  .Append(link.DraughtM is double m ? Html.N(m, "0.0") + " m, " : "").Append(Html.E(link.Load)).Append("</td><td>");
                sb.Append("<a href=\"#").Append(Html.E(link.EventId)).Append("\">").Append(Html.E(link.EventId)).Append("</a>");
                sb.Append("</td></tr>");
            }
            sb.Append("</tbody></table></article>");
        }
        sb.Append("</section>");
    }

    public static void AppendVoyages(StringBuilder sb, IEnumerable<ReportVessel> vessels)
    {
        var rows = vessels.Where(v => v.Voyages.Count > 0).ToList();
        if (rows.Count == 0) return;
        sb.Append("<section id=\"voyages\"><h2>Voyages of the high-risk vessels</h2><div class=\"scroll\"><table class=\"list\"><thead><tr><th>vessel</th><th>from</th><th>to</th><th>departed</th><th>arrived</th><th>dark</th><th>meetings</th><th>declared</th><th>draught out / in</th></tr></thead><tbody>");
        foreach (var v in rows)
            foreach (var y in v.Voyages)
            {
                sb.Append($"<tr data-mmsi=\"{v.Mmsi}\"><td>").Append(Html.E(v.Name ?? v.Mmsi.ToString(System.Globalization.CultureInfo.InvariantCulture))).Append("</td><td>")
                  .Append(Html.E(y.FromPort?.Name ?? "(before the input)")).Append("</td><td>").Append(Html.E(y.ToPort?.Name ?? "(still at sea)")).Append("</td><td>")
                  .Append(Html.T(y.Departure)).Append("</td><td>").Append(y.IsOpen ? "–" : Html.T(y.Arrival)).Append("</td><td>")
                  .Append(y.Dark > TimeSpan.Zero ? Html.N(y.Dark.TotalHours, "0") + " h" : "").Append("</td><td>").Append(y.Meetings.Count > 0 ? y.Meetings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) : "").Append("</td><td>")
                  .Append(Html.E(string.Join(", ", y.Declared.Select(d => d.Port is { } p ? $"{d.Text} ({p.Name})" : d.Text))));
                if (y.DestinationMismatch) sb.Append(" <strong>not where it went</strong>");
                sb.Append("</td><td>").Append(Draught(y.DepartureDraught)).Append(" / ").Append(Draught(y.ArrivalDraught)).Append("</td></tr>");
            }
        sb.Append("</tbody></table></div></section>");
    }

    private static string Draught(VoyageDraught d) =>
        d.Metres is { } m ? $"{Html.N(m, "0.0")} m {d.Load.ToString().ToLowerInvariant()}{(d.TypedLate ? " (typed late)" : "")}" : "–";

}
