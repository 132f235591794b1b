using DuckDB.NET.Data;
using Picket.Store.Ingest;

namespace Picket.Store.Queries;

/// <summary><c>picket query area</c>: the vessels that reported positions inside a box during a window, and the events there.</summary>
public static class AreaQuery
{
    /// <summary>Runs the query: vessels by position count, most first, then the events overlapping the window in the box.</summary>
    /// <param name="store">The store to read.</param>
    /// <param name="box">The area.</param>
    /// <param name="window">The time window.</param>
    /// <param name="maxVessels">At most this many vessels; <see cref="AreaReport.Truncated"/> says when more were there.</param>
    public static AreaReport Find(StoreDatabase store, BoundingBox box, TimeWindow window, int maxVessels = 1000)
    {
        ArgumentNullException.ThrowIfNull(store);
        string where = $"{box.Sql("lat", "lon", PositionRow.UnitsPerDegree)} AND {window.Sql("ts")}";
        var vessels = new List<AreaVessel>();
        // arg_max picks the latest position per vessel in one pass; the latest identity comes from the history.
        // Filtering the raw integer columns lets DuckDB's zone maps skip row groups outside the box.
        string sql = $"""
            WITH seen AS (
                SELECT mmsi, count(*) AS n, min(ts) AS first, max(ts) AS last,
                       -- Untimed reports (no tag block or PGHP) have no "latest": fall back to any position seen.
                       coalesce(arg_max(lat, ts), any_value(lat))::DOUBLE / 600000 AS lat,
                       coalesce(arg_max(lon, ts), any_value(lon))::DOUBLE / 600000 AS lon
                FROM positions WHERE {where} GROUP BY mmsi)
            SELECT s.mmsi, v.name, v.imo, s.n, s.first, s.last, s.lat, s.lon
            FROM seen s LEFT JOIN (
                SELECT mmsi, arg_max(name, last_seen) AS name, arg_max(imo, last_seen) AS imo FROM vessels GROUP BY mmsi) v
              ON v.mmsi = s.mmsi
            ORDER BY s.n DESC, s.mmsi
            LIMIT {maxVessels + 1}
            """;
        using (var cmd = store.Connection.CreateCommand())
        {
            cmd.CommandText = sql;
            using var r = cmd.ExecuteReader();
            while (r.Read())
                vessels.Add(new AreaVessel((uint)Rows.Int(r, 0)!.Value, Rows.Text(r, 1), Rows.Int(r, 2), Rows.Long(r, 3), Rows.Time(r, 4), Rows.Time(r, 5),
                    Rows.Double(r, 6) ?? double.NaN, Rows.Double(r, 7) ?? double.NaN));
        }
        bool truncated = vessels.Count > maxVessels;
        if (truncated) vessels.RemoveAt(vessels.Count - 1);

        var events = new List<StoredEvent>();
        using (var cmd = store.Connection.CreateCommand())
        {
            cmd.CommandText = $"SELECT {Rows.EventColumns} FROM events WHERE {box.Sql("lat", "lon")} AND {window.OverlapSql("start_ts", "end_ts")} ORDER BY start_ts";
            using DuckDBDataReader r = cmd.ExecuteReader();
            while (r.Read()) events.Add(Rows.Event(r));
        }
        return new AreaReport(box, window, vessels, events, truncated);
    }
}
