using System.Globalization;
using System.Text.Json;
using Picket.Core.Assessment;

namespace Picket.Reporting.JsonLines;

/// <summary>
/// The <c>companies</c> array of <c>vessels.jsonl</c>: one object per company behind the vessel with <c>role</c>,
/// <c>company</c> (as written), <c>company_key</c> (the same for every ship of the company), <c>from</c>/<c>to</c>
/// (null = open), <c>source</c>, <c>listed</c>, and <c>paths</c>: for each list entry the company answers to,
/// <c>{list, id, name, score, path}</c> where <c>path</c> reads vessel → role → company → list entry.
/// </summary>
public static class VesselCompanyJson
{
    /// <summary>Writes the <c>companies</c> property (an array, empty when nobody is known) into the open object of <paramref name="w"/>.</summary>
    /// <param name="w">A writer positioned inside the vessel's object.</param>
    /// <param name="companies">The companies behind the vessel, in the order they are to be listed.</param>
    public static void WriteArray(Utf8JsonWriter w, IReadOnlyList<VesselCompany> companies)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(companies);
        w.WriteStartArray("companies");
        foreach (var c in companies)
        {
            w.WriteStartObject();
            w.WriteString("role", c.Role);
            w.WriteString("company", c.Company);
            w.WriteString("company_key", c.CompanyKey);
            Day(w, "from", c.From);
            Day(w, "to", c.To);
            w.WriteString("source", c.Source);
            w.WriteBoolean("listed", c.IsListed);
            w.WriteStartArray("paths");
            foreach (var p in c.Paths)
            {
                w.WriteStartObject();
                w.WriteString("list", p.ListSource);
                w.WriteString("id", p.EntryId);
                w.WriteString("name", p.EntryName);
                w.WriteNumber("score", Math.Round(p.Score, 4));
                w.WriteString("path", "vessel → " + p.Path);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Day(Utf8JsonWriter w, string name, DateOnly? d)
    {
        if (d is { } x) w.WriteString(name, x.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else w.WriteNull(name);
    }
}
