using System.Data.Common;
using DuckDB.NET.Data;

namespace Picket.Store.Queries;

/// <summary>One vessel's report and the draught reports in force over its latest positions.</summary>
/// <param name="Report">What <see cref="VesselQuery.Find"/> reports for the MMSI.</param>
/// <param name="Draughts">Its draught reports (as <see cref="DraughtQuery.OfVessel"/> reads them) from the last one at or
/// before its oldest latest position on: enough to tell the draught at each of those positions.</param>
public sealed record VesselPage(VesselReport Report, IReadOnlyList<DraughtReport> Draughts);

/// <summary>
/// Every vessel's <see cref="VesselReport"/> read at once, in eight table reads instead of ten queries per vessel: a
/// server holds the pages in memory and answers a vessel page without the database. Each report is the one
/// <see cref="VesselQuery.Find"/> gives for the MMSI alone (same orders, same columns, same draught rule), for every hull
/// with a position, an identity or a stored risk.
/// </summary>
public static class VesselPages
{
    /// <summary>Reads every vessel's page; null when the store holds more than <paramref name="maxVessels"/> hulls (read them one by one).</summary>
    /// <param name="store">The store to read (one connection, used by this thread only).</param>
    /// <param name="lastPositions">How many of each vessel's most recent positions to include.</param>
    /// <param name="maxVessels">The most hulls the caller will hold in memory.</param>
    public static IReadOnlyDictionary<uint, VesselPage>? ReadAll(StoreDatabase store, int lastPositions, int maxVessels)
    {
        ArgumentNullException.ThrowIfNull(store);
        var c = store.Connection;
        long hulls = store.ScalarLong("SELECT count(*) FROM (SELECT mmsi FROM vessels UNION SELECT mmsi FROM vessel_risk UNION SELECT DISTINCT mmsi FROM positions)");
        if (hulls > maxVessels) return null;
        var pages = new Dictionary<uint, Builder>();
        Builder Of(uint mmsi) => pages.TryGetValue(mmsi, out var b) ? b : pages[mmsi] = new Builder(mmsi);

        string degrees = VesselQuery.Degrees(OrderedPositions.VesselTable(store));
        Each(c, $"SELECT mmsi, count(*), min(ts), max(ts) FROM {degrees} WHERE mmsi IS NOT NULL GROUP BY mmsi", r =>
        {
            var b = Of(Mmsi(r));
            (b.Count, b.First, b.Last) = (Rows.Long(r, 1), Rows.Time(r, 2), Rows.Time(r, 3));
        });
        Each(c, $"SELECT mmsi, imo, name, call_sign, ship_type, first_seen, last_seen, reports FROM vessels ORDER BY mmsi, {VesselQuery.IdentityOrder}", r =>
            Of(Mmsi(r)).Identities.Add(new IdentitySpan(Rows.Int(r, 1), Rows.Text(r, 2), Rows.Text(r, 3), Rows.Int(r, 4), Rows.Time(r, 5), Rows.Time(r, 6), Rows.Long(r, 7))));
        Each(c, $"""
            SELECT mmsi, ts, lat, lon, sog, cog, heading, status FROM {degrees} WHERE mmsi IS NOT NULL
            QUALIFY row_number() OVER (PARTITION BY mmsi ORDER BY {VesselQuery.LatestOrder}) <= {Math.Max(0, lastPositions)}
            ORDER BY mmsi, {VesselQuery.LatestOrder}
            """, r =>
        {
            uint m = Mmsi(r);
            Of(m).Latest.Add(new StoredPosition(m, Rows.Time(r, 1), Rows.Double(r, 2), Rows.Double(r, 3), Rows.Float(r, 4), Rows.Float(r, 5), Rows.Int(r, 6), Rows.Int(r, 7)));
        });
        Each(c, "SELECT mmsi, score, high_risk, factors_json FROM vessel_risk WHERE mmsi IS NOT NULL", r =>
            Of(Mmsi(r)).Risk ??= new StoredRisk(Rows.Double(r, 1), r.IsDBNull(2) ? null : r.GetBoolean(2), Rows.Factors(Rows.Text(r, 3))));

        // Events, matches, companies and draughts belong on a page only when the hull has one (as alone: a page exists for
        // a position, an identity or a risk).
        Each(c, $"SELECT {Rows.EventColumns} FROM events ORDER BY {VesselQuery.EventOrder}", r =>
        {
            var e = Rows.Event(r);
            if (e.Mmsi is { } a && pages.TryGetValue((uint)a, out var first)) first.Events.Add(e);
            if (e.OtherMmsi is { } o && o != e.Mmsi && pages.TryGetValue((uint)o, out var other)) other.Events.Add(e);
        });
        Each(c, $"SELECT mmsi, list_source, entry_id, entry_name, matched_on, score, screened_at FROM screening_results WHERE mmsi IS NOT NULL ORDER BY mmsi, {VesselQuery.MatchOrder}", r =>
        {
            if (pages.TryGetValue(Mmsi(r), out var b))
                b.Matches.Add(new StoredListMatch(Rows.Text(r, 1) ?? "", Rows.Text(r, 2) ?? "", Rows.Text(r, 3), Rows.Text(r, 4), Rows.Double(r, 5), Rows.Time(r, 6)));
        });
        Each(c, $"SELECT mmsi, ts, draught FROM {OrderedPositions.IdentityTable(store)} WHERE mmsi IS NOT NULL AND ts IS NOT NULL AND draught > 0 ORDER BY mmsi, ts, draught", r =>
        {
            if (pages.TryGetValue(Mmsi(r), out var b) && b.Draughts.Count < DraughtQuery.DefaultMax)
                b.Draughts.Add(new DraughtReport(Rows.Time(r, 1)!.Value, Math.Round(Rows.Double(r, 2)!.Value, 1)));
        });
        var linkedMmsi = new HashSet<int>();
        var linkedImo = new HashSet<int>();
        Each(c, "SELECT DISTINCT mmsi, imo FROM vessel_company", r =>
        {
            if (Rows.Int(r, 0) is { } m) linkedMmsi.Add(m);
            if (Rows.Int(r, 1) is { } i) linkedImo.Add(i);
        });

        var result = new Dictionary<uint, VesselPage>(pages.Count);
        foreach (var b in pages.Values)
        {
            var imos = b.Identities.Select(i => i.Imo).OfType<int>().Distinct().ToList();
            // Only hulls a registry or list links are asked for their companies: most have none.
            var companies = linkedMmsi.Contains((int)b.Mmsi) || imos.Any(linkedImo.Contains) ? CompanyQuery.OfVessel(c, b.Mmsi, imos) : [];
            var report = new VesselReport(b.Mmsi, b.Count, b.First, b.Last, b.Identities, b.Latest, b.Events, b.Risk, b.Matches) { Companies = companies };
            result[b.Mmsi] = new VesselPage(report, InForce(b.Draughts, b.Latest));
        }
        return result;
    }

    /// <summary>The draughts from the last one at or before the oldest latest position on (the rest can answer nothing).</summary>
    private static List<DraughtReport> InForce(List<DraughtReport> draughts, List<StoredPosition> latest)
    {
        var oldest = latest.Where(p => p.Time != null).Select(p => p.Time!.Value).DefaultIfEmpty(DateTime.MaxValue).Min();
        if (latest.Count == 0 || draughts.Count == 0) return [];
        int start = draughts.FindLastIndex(d => d.Time <= oldest);
        return start <= 0 ? draughts : draughts.GetRange(start, draughts.Count - start);
    }

    private static uint Mmsi(DbDataReader r) => (uint)Rows.Int(r, 0)!.Value;

    private static void Each(DuckDBConnection c, string sql, Action<DbDataReader> row)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        while (r.Read()) row(r);
    }

    private sealed class Builder(uint mmsi)
    {
        public uint Mmsi { get; } = mmsi;
        public long Count;
        public DateTime? First, Last;
        public StoredRisk? Risk;
        public List<IdentitySpan> Identities { get; } = [];
        public List<StoredPosition> Latest { get; } = [];
        public List<StoredEvent> Events { get; } = [];
        public List<StoredListMatch> Matches { get; } = [];
        public List<DraughtReport> Draughts { get; } = [];
    }
}
