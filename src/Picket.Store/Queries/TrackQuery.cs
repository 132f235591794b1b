using DuckDB.NET.Data;
using Picket.Store.Ingest;

namespace Picket.Store.Queries;

/// <summary>A timed fix for drawing a track: degrees, knots (null = not available).</summary>
/// <param name="Mmsi">The vessel.</param>
/// <param name="Time">Reception time (UTC).</param>
/// <param name="Lat">Latitude in decimal degrees (WGS 84).</param>
/// <param name="Lon">Longitude in decimal degrees (WGS 84).</param>
/// <param name="Sog">Speed over ground in knots.</param>
/// <param name="Cog">Course over ground in degrees.</param>
public readonly record struct TrackFix(uint Mmsi, DateTime Time, double Lat, double Lon, float? Sog, float? Cog);

/// <summary>The fixes of the tracks the map draws, in time order per vessel, with a cap so one request stays bounded.</summary>
public static class TrackQuery
{
    /// <summary>One vessel's fixes in the window; <paramref name="truncated"/> when more than <paramref name="maxFixes"/> exist.</summary>
    public static IReadOnlyList<TrackFix> OfVessel(StoreDatabase store, uint mmsi, TimeWindow window, int maxFixes, out bool truncated)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Read(store, OrderedPositions.VesselTable(store), $"mmsi = $m AND {window.Sql("ts")}", "ts, lat, lon", maxFixes, mmsi, out truncated);
    }

    /// <summary>Every vessel's fixes inside the box and window, by vessel then time; capped like <see cref="OfVessel"/>.</summary>
    public static IReadOnlyList<TrackFix> InBox(StoreDatabase store, BoundingBox box, TimeWindow window, int maxFixes, out bool truncated)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Read(store, OrderedPositions.BoxTable(store), $"{box.Sql("lat", "lon", PositionRow.UnitsPerDegree)} AND {window.Sql("ts")}", "mmsi, ts, lat, lon", maxFixes, null, out truncated);
    }

    /// <summary>
    /// Every vessel's fixes, by vessel then time (equal times by position, as <see cref="OfVessel"/> orders them), streamed:
    /// for a reader that condenses each track as it passes (the server's track sketch) without holding them all.
    /// </summary>
    public static IEnumerable<TrackFix> All(StoreDatabase store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = Sql(OrderedPositions.VesselTable(store), "TRUE", "mmsi, ts, lat, lon", null);
        using var r = cmd.ExecuteReader();
        while (r.Read()) yield return Fix(r);
    }

    private static string Sql(string table, string where, string order, int? maxFixes) =>
        // Untimed fixes cannot be placed on a track, and 91°/181° ("not available", ITU-R M.1371-5) are not positions.
        $"""
        SELECT mmsi, ts, lat::DOUBLE / 600000, lon::DOUBLE / 600000, sog::DOUBLE / 10, cog::DOUBLE / 10 FROM {table}
        WHERE {where} AND ts IS NOT NULL AND lat IS NOT NULL AND lon IS NOT NULL
          AND abs(lat) <= 90 * 600000 AND abs(lon) <= 180 * 600000
        ORDER BY {order}{(maxFixes is { } max ? $" LIMIT {max + 1}" : "")}
        """;

    private static TrackFix Fix(System.Data.Common.DbDataReader r)
    {
        var sog = Rows.Float(r, 4);
        var cog = Rows.Float(r, 5);
        // 102.3 kn and 360.0° are the "not available" values of the position report.
        return new TrackFix((uint)Rows.Int(r, 0)!.Value, Rows.Time(r, 1)!.Value, Rows.Double(r, 2)!.Value, Rows.Double(r, 3)!.Value,
            sog is >= 102.3f ? null : sog, cog is >= 360f ? null : cog);
    }

    private static List<TrackFix> Read(StoreDatabase store, string table, string where, string order, int maxFixes, uint? mmsi, out bool truncated)
    {
        maxFixes = Math.Max(1, maxFixes);
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = Sql(table, where, order, maxFixes);
        if (mmsi is { } m) cmd.Parameters.Add(new DuckDBParameter("m", (int)m));
        var fixes = new List<TrackFix>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) fixes.Add(Fix(r));
        truncated = fixes.Count > maxFixes;
        if (truncated) fixes.RemoveAt(fixes.Count - 1);
        return fixes;
    }
}
