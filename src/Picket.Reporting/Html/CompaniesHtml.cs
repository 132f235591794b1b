using System.Globalization;
using System.Text;

namespace Picket.Reporting.Html;

/// <summary>
/// The report's "Companies" section: each listed company a seen vessel leads to → its ships (seen ones with their risk,
/// the rest as the lists and registry give them) → its list entries. Ships under one manager appear together under it.
/// Every string is escaped: registry names are user input.
/// </summary>
internal static class CompaniesHtml
{
    public const int MaxShipsPerCompany = 200;

    public static void Append(StringBuilder sb, IReadOnlyList<ReportCompany> companies)
    {
        sb.Append("<section id=\"companies\"><h2>Companies behind the ships</h2><p class=\"note\">Listed companies that own, manage or operate a vessel seen in the input ")
          .Append("(from the lists' owner links and the registry given with --registry), with every ship they stand behind.</p>");
        if (companies.Count == 0)
        {
            sb.Append("<p>None.</p></section>");
            return;
        }
        foreach (var c in companies)
        {
            sb.Append("<div class=\"company\" data-company=\"").Append(Html.E(c.Key)).Append("\"><h3>").Append(Html.E(c.Name)).Append("</h3><p>list entries: ")
              .Append(Html.E(string.Join("; ", c.ListEntries))).Append("</p>");
            sb.Append("<div class=\"scroll\"><table class=\"list\"><thead><tr><th>ship</th><th>MMSI (seen)</th><th>role</th><th>company as written</th><th>dates</th><th>source</th><th>risk</th></tr></thead><tbody>");
            foreach (var s in c.Ships.OrderByDescending(s => s.Mmsi != null).Take(MaxShipsPerCompany))
            {
                var dates = s.From is null && s.To is null ? "" : $"{Day(s.From)} – {Day(s.To)}";
                sb.Append(s.HighRisk ? "<tr class=\"high\">" : "<tr>").Append("<td>").Append(Html.E(s.Name ?? s.VesselKey)).Append("</td><td>")
                  .Append(s.Mmsi?.ToString(CultureInfo.InvariantCulture) ?? "not seen").Append("</td><td>").Append(Html.E(s.Role)).Append("</td><td>")
                  .Append(Html.E(s.CompanyAsWritten)).Append("</td><td>").Append(Html.E(dates)).Append("</td><td>").Append(Html.E(s.Source)).Append("</td><td>")
                  .Append(s.Risk is { } r ? Html.N(r, "0") + (s.HighRisk ? " (high)" : "") : "").Append("</td></tr>");
            }
            sb.Append("</tbody></table></div>");
            if (c.Ships.Count > MaxShipsPerCompany) sb.Append($"<p class=\"note\">{MaxShipsPerCompany} of {c.Ships.Count} ships shown; all are in the store (picket query company).</p>");
            sb.Append("</div>");
        }
        sb.Append("</section>");
    }

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…";
}
