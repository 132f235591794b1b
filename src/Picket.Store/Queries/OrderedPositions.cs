namespace Picket.Store.Queries;

/// <summary>
/// Sorted copies of <c>positions</c> for the server's reads. <c>positions</c> is stored in arrival order, so every
/// row group holds every vessel and every sea area, and a read for one vessel or one box scans the whole column.
/// DuckDB keeps a min/max per column per row group (a zone map) and skips row groups a filter rules out; a copy sorted
/// by (mmsi, ts) lets <c>WHERE mmsi = ?</c> touch one or two row groups, and a copy sorted by (1° latitude band,
/// longitude) does the same for a bounding box. <c>positions</c> is append-only (nothing deletes from it), so its row
/// count says whether the copies still hold every stored row: when it does not, readers use <c>positions</c> (slow,
/// never wrong) until <see cref="Refresh"/> has run again.
/// </summary>
public static class OrderedPositions
{
    /// <summary>The copy sorted by vessel, then time.</summary>
    public const string ByVessel = "positions_by_vessel";

    /// <summary>The copy sorted by 1° latitude band, then longitude.</summary>
    public const string ByCell = "positions_by_cell";

    /// <summary>The identity reports (type 5 and 24) sorted by vessel, then time: a vessel page reads its draughts from them.</summary>
    public const string IdentityByVessel = "identity_reports_by_vessel";

    /// <summary>The table both position copies are made from (arrival order).</summary>
    public const string Arrival = "positions";

    private const string StampKey = "ordered_positions_rows";

    // The stamp is compared with the live row count in one statement, so a reader never uses a copy older than the table.
    // identity_reports is append-only too, so both row counts make the stamp.
    private const string StampSql = "(SELECT count(*) FROM positions)::VARCHAR || '/' || (SELECT count(*) FROM identity_reports)::VARCHAR";

    private const string CurrentSql =
        $"SELECT coalesce((SELECT value FROM store_info WHERE key = '{StampKey}'), '-1') = {StampSql}";

    /// <summary>True when the sorted copies hold exactly the rows of <c>positions</c>.</summary>
    public static bool IsCurrent(StoreDatabase store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.ScalarText(CurrentSql) is "true" or "True";
    }

    /// <summary>The table to read one vessel's positions from: the vessel-sorted copy when current, else <c>positions</c>.</summary>
    public static string VesselTable(StoreDatabase store) => IsCurrent(store) ? ByVessel : Arrival;

    /// <summary>The table to read one vessel's identity reports from: the sorted copy when current, else <c>identity_reports</c>.</summary>
    public static string IdentityTable(StoreDatabase store) => IsCurrent(store) ? IdentityByVessel : "identity_reports";

    /// <summary>The table to read a bounding box from: the cell-sorted copy when current, else <c>positions</c>.</summary>
    public static string BoxTable(StoreDatabase store) => IsCurrent(store) ? ByCell : Arrival;

    /// <summary>
    /// Rebuilds the copies when <c>positions</c> or <c>identity_reports</c> has rows they lack; returns the positions copied (0 when already current).
    /// One transaction: readers see the old copies (or none) until it commits, and the stamp counts exactly the rows
    /// the snapshot copied even if a writer appends meanwhile.
    /// </summary>
    public static long Refresh(StoreDatabase store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (IsCurrent(store)) return 0;
        using var tx = store.Connection.BeginTransaction();
        long rows = store.ScalarLong("SELECT count(*) FROM positions");
        store.Execute($"CREATE OR REPLACE TABLE {ByVessel} AS SELECT * FROM positions ORDER BY mmsi, ts");
        // Integer division by 600,000 (AIS units per degree) makes 1° bands; longitude orders the rows within a band.
        store.Execute($"CREATE OR REPLACE TABLE {ByCell} AS SELECT * FROM positions ORDER BY lat // 600000, lon, mmsi, ts");
        store.Execute($"CREATE OR REPLACE TABLE {IdentityByVessel} AS SELECT * FROM identity_reports ORDER BY mmsi, ts");
        store.Execute($"INSERT OR REPLACE INTO store_info SELECT '{StampKey}', {StampSql}");
        tx.Commit();
        ReclaimReplacedCopies(store);
        return rows;
    }

    // DuckDB frees the blocks of the replaced copies only at a checkpoint; until one runs, each rebuild appends a whole
    // new set of copies to the file (measured on the demo store: 87 → 221 → 355 → 488 MB over three rebuilds; with a
    // checkpoint after each, 221 → 354 → 355 MB, the next rebuild reusing the freed blocks). A checkpoint cannot run
    // while another connection is in a transaction (a server's reader), so it is retried briefly; if it still cannot,
    // the next automatic or rebuild checkpoint frees the blocks.
    private static void ReclaimReplacedCopies(StoreDatabase store)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                store.Execute("CHECKPOINT");
                return;
            }
            catch (DuckDB.NET.Data.DuckDBException) when (attempt < 5)
            {
                Thread.Sleep(50 * attempt);
            }
            catch (DuckDB.NET.Data.DuckDBException)
            {
                return;
            }
        }
    }
}
