using DuckDB.NET.Data;

namespace Picket.Store.Queries;

/// <summary>A draught a vessel reported (type 5, metres), for the timeline chart.</summary>
/// <param name="Time">When the report was received (UTC).</param>
/// <param name="Metres">The maximum present static draught, in metres to 0.1 m.</param>
public readonly record struct DraughtReport(DateTime Time, double Metres);

/// <summary>The reported draughts of a hull in time order (a step function: each holds until the next).</summary>
public static class DraughtQuery
{
    /// <summary>At most this many reports are read for one hull unless asked otherwise.</summary>
    public const int DefaultMax = 10_000;

    /// <summary>The hull's draught reports with a time, "not available" (0) left out, earliest first.</summary>
    /// <param name="store">The store to read.</param>
    /// <param name="mmsi">The hull's MMSI.</param>
    /// <param name="max">At most this many reports (at least 1).</param>
    public static IReadOnlyList<DraughtReport> OfVessel(StoreDatabase store, uint mmsi, int max = DefaultMax)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var cmd = store.Connection.CreateCommand();
        // Equal times are ordered by draught so the step function is the same on every read (VesselPages reads it too).
        // 0 is "not available" (ITU-R M.1371-5 message 5); 25.5 m means 25.5 m or more.
        cmd.CommandText = $"SELECT ts, draught FROM {OrderedPositions.IdentityTable(store)} WHERE mmsi = $m AND ts IS NOT NULL AND draught > 0 ORDER BY ts, draught LIMIT {Math.Max(1, max)}";
        cmd.Parameters.Add(new DuckDBParameter("m", (int)mmsi));
        var list = new List<DraughtReport>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(new DraughtReport(Rows.Time(r, 0)!.Value, Math.Round(Rows.Double(r, 1)!.Value, 1)));
        return list;
    }
}
