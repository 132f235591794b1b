using System.Text;
using Picket.Core.Assessment;

namespace Picket.Reporting.Html;

/// <summary>
/// The report's "List leads" section: vessels whose name (or call sign) alone resembles a listed ship's, shown apart
/// from listings so an analyst reads them as things to check, not as sanctioned hulls. Every string is escaped.
/// </summary>
internal static class ListLeadsHtml
{
    public static void Append(StringBuilder sb, IReadOnlyList<ReportVessel> vessels, int maxRows)
    {
        var leads = vessels
            .SelectMany(v => (v.ListMatches ?? []).Where(m => m.Standing == ListMatchStanding.Lead).Select(m => (Vessel: v, Lead: m)))
            .OrderByDescending(x => x.Lead.Score).ThenBy(x => x.Vessel.Mmsi).ToList();
        int notes = vessels.Count(v => (v.ListMatches ?? []).Any(m => m.Standing == ListMatchStanding.Note));
        sb.Append("<section id=\"list-leads\"><h2>List leads (not listings)</h2><p class=\"note\">A ship name is not an identity: ")
          .Append("these vessels share a name (or a call sign) with a listed ship, with nothing else tying them to it. They weigh little in the risk; check them against registers before acting. ")
          .Append($"{notes:N0} more vessel(s) carry a listed ship's name under a different IMO number (another ship) and are noted in vessels.jsonl only.</p>");
        if (leads.Count == 0)
        {
            sb.Append("<p>None.</p></section>");
            return;
        }
        if (leads.Count > maxRows) sb.Append($"<p class=\"note\">The {maxRows:N0} best of {leads.Count:N0} leads; all are in vessels.jsonl (list_leads).</p>");
        sb.Append("<div class=\"scroll\"><table class=\"list\"><thead><tr><th>MMSI</th><th>name</th><th>IMO</th><th>flag</th><th>list entry</th><th>matched on</th><th>score</th><th>why a lead</th></tr></thead><tbody>");
        foreach (var (v, m) in leads.Take(maxRows))
        {
            sb.Append($"<tr class=\"lead\" data-mmsi=\"{v.Mmsi}\"><td>{v.Mmsi}</td><td>").Append(Html.E(v.Name)).Append("</td><td>")
              .Append(v.Imo?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "").Append("</td><td>").Append(Html.E(v.Flag)).Append("</td><td>")
              .Append(Html.E($"{m.ListSource} {m.EntryId} {m.EntryName}")).Append("</td><td>").Append(Html.E(m.MatchedOn)).Append("</td><td>")
              .Append(Html.N(m.Score, "0.00")).Append("</td><td>").Append(Html.E(m.Note)).Append("</td></tr>");
        }
        sb.Append("</tbody></table></div></section>");
    }
}
