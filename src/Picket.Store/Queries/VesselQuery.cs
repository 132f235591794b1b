using DuckDB.NET.Data;

namespace Picket.Store.Queries;

/// <summary>
/// <c>picket query vessel</c>: finds hulls by MMSI (9 digits), IMO number (7 digits, optionally "IMO" before it) or
/// a name fragment, and reports each one's identity history, most recent positions and events, and the risk and list
/// matches <c>picket analyze</c> stored for it (none in a store filled by <c>picket ingest</c> alone).
/// </summary>
public static class VesselQuery
{
    /// <summary>At most this many vessels are reported for one name fragment.</summary>
    public const int MaxVessels = 50;

    /// <summary>Finds the hulls <paramref name="key"/> names (at most <see cref="MaxVessels"/>), each with its full report.</summary>
    /// <param name="store">The store to read.</param>
    /// <param name="key">An MMSI, an IMO number or a name fragment, as described above.</param>
    /// <param name="lastPositions">How many of each vessel's most recent positions to include.</param>
    public static IReadOnlyList<VesselReport> Find(StoreDatabase store, string key, int lastPositions = 10)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(key);
        var mmsis = Resolve(store.Connection, key.Trim());
        return mmsis.Select(m => Report(store, m, lastPositions)).ToList();
    }

    internal static List<uint> Resolve(DuckDBConnection c, string key)
    {
        string digits = key.StartsWith("IMO", StringComparison.OrdinalIgnoreCase) ? key[3..].Trim() : key;
        bool numeric = digits.Length > 0 && digits.All(char.IsAsciiDigit);
        if (numeric && digits.Length == 9 && !key.StartsWith("IMO", StringComparison.OrdinalIgnoreCase)) return [uint.Parse(digits, System.Globalization.CultureInfo.InvariantCulture)];
        string sql = numeric && digits.Length == 7
            ? "SELECT DISTINCT mmsi FROM identity_reports WHERE imo = $k::INTEGER ORDER BY mmsi LIMIT " + MaxVessels
            : "SELECT DISTINCT mmsi FROM identity_reports WHERE upper(name) LIKE '%' || upper($k) || '%' ORDER BY mmsi LIMIT " + MaxVessels;
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Parameters.Add(new DuckDBParameter("k", numeric && digits.Length == 7 ? digits : key));
        using var r = cmd.ExecuteReader();
        var list = new List<uint>();
        while (r.Read()) list.Add((uint)Rows.Int(r, 0)!.Value);
        return list;
    }

    // Total orders (every column breaks ties), so a vessel's report is the same whether read alone or with every other
    // vessel's (VesselPages), and the same on every read.
    internal const string IdentityOrder = "first_seen NULLS LAST, last_seen NULLS LAST, imo NULLS LAST, name NULLS LAST, call_sign NULLS LAST, ship_type NULLS LAST, reports";
    internal const string LatestOrder = "ts DESC NULLS LAST, lat NULLS LAST, lon NULLS LAST, sog NULLS LAST, cog NULLS LAST, heading NULLS LAST, status NULLS LAST";
    internal const string EventOrder = "start_ts, id";
    internal const string MatchOrder = "score DESC NULLS LAST, list_source, entry_id, matched_on NULLS LAST, entry_name NULLS LAST, screened_at NULLS LAST";

    /// <summary>The positions_deg view's columns over <paramref name="table"/> (a sorted copy when current, see OrderedPositions).</summary>
    internal static string Degrees(string table) =>
        $"(SELECT mmsi, ts, lat::DOUBLE / 600000 AS lat, lon::DOUBLE / 600000 AS lon, sog::DOUBLE / 10 AS sog, " +
        $"cog::DOUBLE / 10 AS cog, heading, status FROM {table})";

    private static VesselReport Report(StoreDatabase store, uint mmsi, int lastPositions)
    {
        var c = store.Connection;
        string degrees = Degrees(OrderedPositions.VesselTable(store));
        long count = 0;
        DateTime? first = null, last = null;
        using (var r = Query(c, $"SELECT count(*), min(ts), max(ts) FROM {degrees} WHERE mmsi = $m", mmsi))
            if (r.Read()) { count = Rows.Long(r, 0); first = Rows.Time(r, 1); last = Rows.Time(r, 2); }

        var identities = new List<IdentitySpan>();
        using (var r = Query(c, $"SELECT imo, name, call_sign, ship_type, first_seen, last_seen, reports FROM vessels WHERE mmsi = $m ORDER BY {IdentityOrder}", mmsi))
            while (r.Read()) identities.Add(new IdentitySpan(Rows.Int(r, 0), Rows.Text(r, 1), Rows.Text(r, 2), Rows.Int(r, 3), Rows.Time(r, 4), Rows.Time(r, 5), Rows.Long(r, 6)));

        var positions = new List<StoredPosition>();
        using (var r = Query(c, $"SELECT ts, lat, lon, sog, cog, heading, status FROM {degrees} WHERE mmsi = $m ORDER BY {LatestOrder} LIMIT {Math.Max(0, lastPositions)}", mmsi))
            while (r.Read()) positions.Add(new StoredPosition(mmsi, Rows.Time(r, 0), Rows.Double(r, 1), Rows.Double(r, 2), Rows.Float(r, 3), Rows.Float(r, 4), Rows.Int(r, 5), Rows.Int(r, 6)));

        var events = new List<StoredEvent>();
        using (var r = Query(c, $"SELECT {Rows.EventColumns} FROM events WHERE mmsi = $m OR other_mmsi = $m ORDER BY {EventOrder}", mmsi))
            while (r.Read()) events.Add(Rows.Event(r));

        StoredRisk? risk = null;
        using (var r = Query(c, "SELECT score, high_risk, factors_json FROM vessel_risk WHERE mmsi = $m", mmsi))
            if (r.Read()) risk = new StoredRisk(Rows.Double(r, 0), r.IsDBNull(1) ? null : r.GetBoolean(1), Rows.Factors(Rows.Text(r, 2)));

        var matches = new List<StoredListMatch>();
        using (var r = Query(c, $"SELECT list_source, entry_id, entry_name, matched_on, score, screened_at FROM screening_results WHERE mmsi = $m ORDER BY {MatchOrder}", mmsi))
            while (r.Read()) matches.Add(new StoredListMatch(Rows.Text(r, 0) ?? "", Rows.Text(r, 1) ?? "", Rows.Text(r, 2), Rows.Text(r, 3), Rows.Double(r, 4), Rows.Time(r, 5)));

        var companies = CompanyQuery.OfVessel(c, mmsi, identities.Select(i => i.Imo).OfType<int>().Distinct().ToList());
        return new VesselReport(mmsi, count, first, last, identities, positions, events, risk, matches) { Companies = companies };
    }

    private static DuckDBDataReader Query(DuckDBConnection c, string sql, uint mmsi)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Parameters.Add(new DuckDBParameter("m", (int)mmsi));
        return cmd.ExecuteReader();
    }
}
