using System.Globalization;
using System.Text.Json;

namespace Picket.Store.Queries;

/// <summary><c>picket query company</c> and the companies part of <c>picket query vessel</c> as terminal tables.</summary>
public static class CompanyQueryText
{
    /// <summary>Writes each company with its list entries and ships; names are made printable (<c>DisplayText</c> rules).</summary>
    /// <param name="w">The terminal or file to write to.</param>
    /// <param name="reports">What <see cref="CompanyQuery.Find"/> returned.</param>
    public static void Companies(TextWriter w, IReadOnlyList<CompanyReport> reports)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(reports);
        foreach (var c in reports)
        {
            w.WriteLine(QueryText.Printable($"{c.Name} [{c.Key}]: {(c.Entries.Count > 0 ? "LISTED" : "not listed")}, {c.Ships.Count} ship link(s)"));
            if (c.Entries.Count > 0)
                QueryText.Table(w, ["score", "list", "entry", "entry name"], c.Entries.Select(e => new[] { e.Score.ToString("F2", CultureInfo.InvariantCulture), e.ListSource, e.EntryId, e.EntryName }));
            foreach (var s in c.Ships)
            {
                var risk = s.Risk is { } r ? $"risk {r.Score?.ToString("0.#", CultureInfo.InvariantCulture)}{(r.HighRisk == true ? " (high)" : "")}" : "not seen by analyze";
                w.WriteLine(QueryText.Printable($"  ship {s.VesselName ?? s.VesselKey} ({s.VesselKey}{(s.Mmsi is { } m ? $", MMSI {m}" : "")}) as {s.Role}{Dates(s.From, s.To)}, {s.Source}: {risk}, {s.Events.Count} event(s)"));
                QueryText.Events(w, s.Events);
            }
            w.WriteLine();
        }
    }

    internal static void VesselCompanies(TextWriter w, IReadOnlyList<StoredVesselCompany> companies)
    {
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  companies: {companies.Count}"));
        if (companies.Count > 0)
            QueryText.Table(w, ["role", "company", "list entries", "dates", "source"], companies.Select(c => new[]
            {
                c.Role, c.CompanyName, string.Join("; ", c.Entries.Select(e => $"{e.ListSource} {e.EntryId} {e.EntryName} ({e.Score.ToString("F2", CultureInfo.InvariantCulture)})")),
                Dates(c.From, c.To).Trim(), c.Source,
            }));
    }

    internal static string Dates(DateOnly? from, DateOnly? to) => from is null && to is null ? ""
        : $" from {from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"} to {to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}";
}

/// <summary><c>picket query company --json</c> and the <c>"companies"</c> of <c>picket query vessel --json</c>.</summary>
public static class CompanyQueryJson
{
    /// <summary>Writes the companies as one JSON array value at the writer's position.</summary>
    /// <param name="w">The writer, at a value position.</param>
    /// <param name="reports">What <see cref="CompanyQuery.Find"/> returned.</param>
    public static void WriteCompanies(Utf8JsonWriter w, IReadOnlyList<CompanyReport> reports)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(reports);
        w.WriteStartArray();
        foreach (var c in reports)
        {
            w.WriteStartObject();
            w.WriteString("key", c.Key);
            w.WriteString("name", c.Name);
            w.WriteBoolean("listed", c.Entries.Count > 0);
            Entries(w, c.Entries);
            w.WriteStartArray("ships");
            foreach (var s in c.Ships)
            {
                w.WriteStartObject();
                w.WriteString("vessel_key", s.VesselKey);
                if (s.Imo is { } imo) w.WriteNumber("imo", imo); else w.WriteNull("imo");
                if (s.Mmsi is { } mmsi) w.WriteNumber("mmsi", mmsi); else w.WriteNull("mmsi");
                w.WriteString("name", s.VesselName);
                w.WriteString("role", s.Role);
                Day(w, "from", s.From);
                Day(w, "to", s.To);
                w.WriteString("source", s.Source);
                QueryJson.Risk(w, s.Risk);
                w.WriteStartArray("events");
                foreach (var e in s.Events)
                {
                    w.WriteStartObject();
                    w.WriteString("id", e.Id);
                    w.WriteString("type", e.Type);
                    w.WriteString("start", e.Start.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    internal static void VesselCompanies(Utf8JsonWriter w, IReadOnlyList<StoredVesselCompany> companies)
    {
        w.WriteStartArray("companies");
        foreach (var c in companies)
        {
            w.WriteStartObject();
            w.WriteString("role", c.Role);
            w.WriteString("key", c.CompanyKey);
            w.WriteString("name", c.CompanyName);
            Entries(w, c.Entries);
            Day(w, "from", c.From);
            Day(w, "to", c.To);
            w.WriteString("source", c.Source);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Entries(Utf8JsonWriter w, IReadOnlyList<StoredCompanyEntry> entries)
    {
        w.WriteStartArray("list_entries");
        foreach (var e in entries)
        {
            w.WriteStartObject();
            w.WriteString("list", e.ListSource);
            w.WriteString("id", e.EntryId);
            w.WriteString("name", e.EntryName);
            w.WriteNumber("score", e.Score);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Day(Utf8JsonWriter w, string name, DateOnly? d)
    {
        if (d is { } x) w.WriteString(name, x.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); else w.WriteNull(name);
    }
}
