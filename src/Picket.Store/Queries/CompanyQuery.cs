using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;

namespace Picket.Store.Queries;

/// <summary>
/// <c>picket query company NAME|ID</c>: finds companies by key (<c>ofac-24516</c>, <c>name:…</c>), by the list entry
/// they answer to, or by name matched fuzzily (by the scorer the caller gives: the CLI gives the screening name scorer,
/// so legal forms and spelling variants find the company; the store itself knows no list); then every company answering to the same list entries, so the listed company and the names registries
/// give it are reported together. For each: its list entries and its ships, with the role, the dates, the risk
/// <c>picket analyze</c> gave each ship and the ship's events.
/// </summary>
public static class CompanyQuery
{
    /// <summary>Score a company name must reach against the query to be reported.</summary>
    public const double NameThreshold = 0.85;

    /// <summary>At most this many companies are reported for one query, best score first.</summary>
    public const int MaxCompanies = 20;

    /// <summary>Events reported per ship, earliest first.</summary>
    public const int MaxEventsPerShip = 100;

    /// <summary>Finds the companies whose name matches <paramref name="text"/>, with their list entries, ships, risks and events.</summary>
    /// <param name="store">The store to read.</param>
    /// <param name="text">A company name as a person types it.</param>
    /// <param name="nameScore">Similarity of the query to a company name in [0, 1]; null: exact (case-insensitive) names only.</param>
    public static IReadOnlyList<CompanyReport> Find(StoreDatabase store, string text, Func<string, string, double>? nameScore = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        nameScore ??= (a, b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        text = text.Trim();
        var all = Companies(store.Connection);
        var hits = all.Where(c => c.Key == text || c.Entries.Any(e => e.EntryId == text)).ToList();
        if (hits.Count == 0 && text.Length > 0)
        {
            hits = [.. all.Select(c => (Company: c, Score: nameScore(text, c.Name)))
                .Where(x => x.Score >= NameThreshold)
                .OrderByDescending(x => x.Score).ThenBy(x => x.Company.Key, StringComparer.Ordinal)
                .Take(MaxCompanies).Select(x => x.Company)];
        }

        // The listed company and the registry names that answer to it are one company to the analyst.
        var entries = hits.SelectMany(h => h.Entries).Select(e => e.EntryId).ToHashSet(StringComparer.Ordinal);
        var found = hits.Concat(all.Where(c => c.Entries.Any(e => entries.Contains(e.EntryId))))
            .DistinctBy(c => c.Key).Take(MaxCompanies).ToList();
        return [.. found.Select(c => c with { Ships = Ships(store.Connection, c.Key) })];
    }

    /// <summary>The companies behind one hull: links recorded for its MMSI or for any IMO it broadcast.</summary>
    internal static IReadOnlyList<StoredVesselCompany> OfVessel(DuckDBConnection c, uint mmsi, IReadOnlyList<int> imos)
    {
        var list = new List<StoredVesselCompany>();
        using var cmd = c.CreateCommand();
        var imoList = string.Join(",", imos.Select(i => i.ToString(CultureInfo.InvariantCulture))); // integers only: no text reaches the SQL
        cmd.CommandText = $"""
            SELECT vc.role, vc.company_key, co.name, co.entries_json, vc.from_date, vc.to_date, vc.source
            FROM vessel_company vc LEFT JOIN company co ON co.company_key = vc.company_key
            WHERE vc.mmsi = $m{(imos.Count > 0 ? $" OR vc.imo IN ({imoList})" : "")}
            ORDER BY co.listed DESC NULLS LAST, vc.role, vc.company_key, vc.source
            """;
        cmd.Parameters.Add(new DuckDBParameter("m", (int)mmsi));
        using var r = cmd.ExecuteReader();
        var seen = new HashSet<(string, string, string)>();
        while (r.Read())
        {
            var row = new StoredVesselCompany(Rows.Text(r, 0) ?? "", Rows.Text(r, 1) ?? "", Rows.Text(r, 2) ?? "", Entries(Rows.Text(r, 3)), Day(r, 4), Day(r, 5), Rows.Text(r, 6) ?? "");
            if (seen.Add((row.Role, row.CompanyKey, row.Source))) list.Add(row);
        }
        return list;
    }

    private static List<CompanyReport> Companies(DuckDBConnection c)
    {
        var list = new List<CompanyReport>();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT company_key, name, entries_json FROM company ORDER BY company_key";
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(new CompanyReport(Rows.Text(r, 0) ?? "", Rows.Text(r, 1) ?? "", Entries(Rows.Text(r, 2)), []));
        return list;
    }

    private static List<CompanyShip> Ships(DuckDBConnection c, string key)
    {
        var ships = new List<CompanyShip>();
        using (var cmd = c.CreateCommand())
        {
            // mmsi: the one analyze saw, else any hull that broadcast the IMO.
            cmd.CommandText = """
                SELECT vc.vessel_key, vc.imo, coalesce(vc.mmsi, (SELECT min(v.mmsi) FROM vessels v WHERE v.imo = vc.imo)) AS mmsi,
                       vc.vessel_name, vc.role, vc.from_date, vc.to_date, vc.source
                FROM vessel_company vc WHERE vc.company_key = $k ORDER BY vc.vessel_key, vc.role, vc.source
                """;
            cmd.Parameters.Add(new DuckDBParameter("k", key));
            using var r = cmd.ExecuteReader();
            while (r.Read())
                ships.Add(new CompanyShip(Rows.Text(r, 0) ?? "", Rows.Int(r, 1), Rows.Int(r, 2) is { } m ? (uint)m : null, Rows.Text(r, 3), Rows.Text(r, 4) ?? "",
                    Day(r, 5), Day(r, 6), Rows.Text(r, 7) ?? "", null, []));
        }
        return [.. ships.Select(s => s.Mmsi is { } m ? s with { Risk = Risk(c, m), Events = Events(c, m) } : s)];
    }

    private static StoredRisk? Risk(DuckDBConnection c, uint mmsi)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT score, high_risk, factors_json FROM vessel_risk WHERE mmsi = $m";
        cmd.Parameters.Add(new DuckDBParameter("m", (int)mmsi));
        using var r = cmd.ExecuteReader();
        return r.Read() ? new StoredRisk(Rows.Double(r, 0), r.IsDBNull(1) ? null : r.GetBoolean(1), Rows.Factors(Rows.Text(r, 2))) : null;
    }

    private static List<StoredEvent> Events(DuckDBConnection c, uint mmsi)
    {
        var events = new List<StoredEvent>();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT {Rows.EventColumns} FROM events WHERE mmsi = $m OR other_mmsi = $m ORDER BY start_ts LIMIT {MaxEventsPerShip}";
        cmd.Parameters.Add(new DuckDBParameter("m", (int)mmsi));
        using var r = cmd.ExecuteReader();
        while (r.Read()) events.Add(Rows.Event(r));
        return events;
    }

    private static DateOnly? Day(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetValue(i) switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        var v => DateOnly.FromDateTime(Convert.ToDateTime(v, CultureInfo.InvariantCulture)),
    };

    /// <summary>The entries of <c>company.entries_json</c>; text that is not such an array gives none rather than failing the query.</summary>
    private static IReadOnlyList<StoredCompanyEntry> Entries(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Array) return [];
            return [.. doc.RootElement.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(e => new StoredCompanyEntry(
                Str(e, "list"), Str(e, "entry_id"), Str(e, "entry_name"),
                e.TryGetProperty("score", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetDouble() : 0))];
        }
        catch (JsonException)
        {
            return [];
        }

        static string Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
    }
}

/// <summary>A list entry a stored company answers to.</summary>
/// <param name="ListSource">The list (UN, OFAC SDN, EU, UK, …).</param>
/// <param name="EntryId">The entry's id in Picket (source prefix and the list's own id).</param>
/// <param name="EntryName">The entry's name.</param>
/// <param name="Score">How surely the company answers to it, in [0, 1]; 1 when the list names the company itself.</param>
public sealed record StoredCompanyEntry(string ListSource, string EntryId, string EntryName, double Score);

/// <summary>A company, its list entries (none when unlisted) and its ships.</summary>
/// <param name="Key">The company's key.</param>
/// <param name="Name">Its name as written.</param>
/// <param name="Entries">The list entries it answers to.</param>
/// <param name="Ships">The ships it stands behind.</param>
public sealed record CompanyReport(string Key, string Name, IReadOnlyList<StoredCompanyEntry> Entries, IReadOnlyList<CompanyShip> Ships);

/// <summary>A ship of a company: the role and dates, and, when analyze saw the hull, its risk and events.</summary>
/// <param name="VesselKey">The hull: <c>imo:</c> and its IMO number, or the list entry id of the vessel.</param>
/// <param name="Imo">Its IMO number, when known.</param>
/// <param name="Mmsi">The MMSI it was seen under; null when not seen.</param>
/// <param name="VesselName">Its name, from the input or the list.</param>
/// <param name="Role">The role's name (<c>registered_owner</c>, <c>ship_manager</c>, …).</param>
/// <param name="From">The first day the role held; null when open.</param>
/// <param name="To">The last day the role held; null when open.</param>
/// <param name="Source">Where the link was read: a registry line or a list entry.</param>
/// <param name="Risk">Its stored risk; null when not assessed.</param>
/// <param name="Events">Its events, earliest first (at most <see cref="CompanyQuery.MaxEventsPerShip"/>).</param>
public sealed record CompanyShip(string VesselKey, int? Imo, uint? Mmsi, string? VesselName, string Role, DateOnly? From, DateOnly? To, string Source,
    StoredRisk? Risk, IReadOnlyList<StoredEvent> Events);
