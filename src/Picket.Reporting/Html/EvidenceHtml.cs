using System.Text;
using Picket.Core.Events;
using Picket.Core.Geo;

namespace Picket.Reporting.Html;

/// <summary>Renders an event's evidence as a nested definition list; every value is escaped.</summary>
internal static class EvidenceHtml
{
    public static string Render(Evidence evidence)
    {
        var sb = new StringBuilder("<dl class=\"evidence\">");
        foreach (var (key, value) in evidence.Items)
            sb.Append("<dt>").Append(Html.E(key)).Append("</dt><dd>").Append(Value(value)).Append("</dd>");
        return sb.Append("</dl>").ToString();
    }

    private static string Value(object? value) => value switch
    {
        null => "–",
        Evidence nested => Render(nested),
        DateTimeOffset t => Html.T(t),
        GeoPoint p => Html.E(p.ToString()),
        double d => Html.N(d),
        IReadOnlyList<string> list => Html.E(string.Join(", ", list)),
        _ => Html.E(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
    };
}
