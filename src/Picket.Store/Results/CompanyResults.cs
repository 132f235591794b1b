using System.Text.Json;
using DuckDB.NET.Data;

namespace Picket.Store.Results;

/// <summary>
/// Writes the company graph <c>picket analyze</c> built (companies and ship-company links) into <c>company</c> and
/// <c>vessel_company</c>. Each call replaces both tables' content in one transaction: the graph is rebuilt from the lists
/// and registry each run, so a company dropped from the registry is dropped from the store. Names are untrusted
/// (registries are user files) and travel only as appender values, never as SQL text.
/// </summary>
public static class CompanyResults
{
    /// <returns>(companies, links) written.</returns>
    public static (int Companies, int Links) Write(StoreDatabase store, IEnumerable<CompanyRow> companies, IEnumerable<VesselCompanyRow> links)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(companies);
        ArgumentNullException.ThrowIfNull(links);
        var c = store.Connection;
        using var tx = c.BeginTransaction();
        StoreDatabase.Execute(c, "DELETE FROM vessel_company");
        StoreDatabase.Execute(c, "DELETE FROM company");
        int nc = 0, nl = 0;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        using (var a = c.CreateAppender("company"))
        {
            foreach (var co in companies)
            {
                if (!keys.Add(co.Key)) continue;
                a.CreateRow().AppendValue(co.Key).AppendValue(co.Name).AppendValue((bool?)(co.Entries.Count > 0)).AppendValue(EntriesJson(co.Entries)).EndRow();
                nc++;
            }
        }
        var seen = new HashSet<(string, string, string, string)>();
        using (var a = c.CreateAppender("vessel_company"))
        {
            foreach (var l in links)
            {
                if (!seen.Add((l.VesselKey, l.Role, l.CompanyKey, l.Source))) continue;
                a.CreateRow().AppendValue(l.VesselKey).AppendValue(l.Imo).AppendValue(l.Mmsi is { } m ? (int)m : (int?)null).AppendValue(l.VesselName)
                    .AppendValue(l.Role).AppendValue(l.CompanyKey).AppendValue(Day(l.From)).AppendValue(Day(l.To)).AppendValue(l.Source).EndRow();
                nl++;
            }
        }
        tx.Commit();
        return (nc, nl);
    }

    private static DateTime? Day(DateOnly? d) => d?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    internal static string EntriesJson(IReadOnlyList<CompanyEntryRow> entries)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartArray();
            foreach (var e in entries)
            {
                w.WriteStartObject();
                w.WriteString("list", e.ListSource);
                w.WriteString("entry_id", e.EntryId);
                w.WriteString("entry_name", e.EntryName);
                w.WriteNumber("score", Math.Round(e.Score, 4));
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }
}

/// <summary>A company as the store keeps it; <see cref="Entries"/> empty for an unlisted one.</summary>
/// <param name="Key">The company's key, the same for every ship of the company.</param>
/// <param name="Name">Its name as written.</param>
/// <param name="Entries">The list entries it answers to.</param>
public sealed record CompanyRow(string Key, string Name, IReadOnlyList<CompanyEntryRow> Entries);

/// <summary>A list entry a company answers to, with how surely (1 when the list names the company itself).</summary>
/// <param name="ListSource">The list (UN, OFAC SDN, EU, UK, …).</param>
/// <param name="EntryId">The entry's id in Picket (source prefix and the list's own id).</param>
/// <param name="EntryName">The entry's name.</param>
/// <param name="Score">How surely the company answers to it, in [0, 1]; 1 when the list names the company itself.</param>
public sealed record CompanyEntryRow(string ListSource, string EntryId, string EntryName, double Score);

/// <summary>A ship-company link as the store keeps it.</summary>
/// <param name="VesselKey">The hull's key: <c>imo:</c> and its IMO number, or the list entry's id for a ship listed without one.</param>
/// <param name="Imo">The hull's IMO number, when known.</param>
/// <param name="Mmsi">The MMSI it was seen under in the analysed input; null when not seen.</param>
/// <param name="VesselName">The hull's name, from the input or the list.</param>
/// <param name="Role">"registered_owner", "ship_manager", "ism_manager", "operator" or "linked_to".</param>
/// <param name="CompanyKey">The company's key (<see cref="CompanyRow.Key"/>).</param>
/// <param name="From">The first day the role held; null when open.</param>
/// <param name="To">The last day the role held; null when open.</param>
/// <param name="Source">Where the link was read: a registry file or a list.</param>
public sealed record VesselCompanyRow(string VesselKey, int? Imo, uint? Mmsi, string? VesselName, string Role, string CompanyKey,
    DateOnly? From, DateOnly? To, string Source);
