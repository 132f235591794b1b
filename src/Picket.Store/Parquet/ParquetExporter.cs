using Picket.Store.Queries;

namespace Picket.Store.Parquet;

/// <summary>One Parquet file written by an export.</summary>
/// <param name="Table">The table (or view) exported.</param>
/// <param name="Path">The file written.</param>
/// <param name="Rows">Rows in it.</param>
public readonly record struct ExportedFile(string Table, string Path, long Rows);

/// <summary>
/// Writes the store's tables to Parquet (ZSTD) for DuckDB, pandas, QGIS and the cluster stage: positions and events
/// filtered by window and box, identity reports of the vessels seen there, and the identity history. Each file is
/// written under a temporary name and renamed, so a crash never leaves a half file under the final name.
/// </summary>
public static class ParquetExporter
{
    /// <summary>Exports the tables into <paramref name="directory"/> (created if missing); returns each file with its row count.</summary>
    /// <param name="store">The store to read.</param>
    /// <param name="directory">Where the <c>.parquet</c> files go.</param>
    /// <param name="window">Positions in it, and events overlapping it.</param>
    /// <param name="box">Positions and events inside it; null for everywhere.</param>
    public static IReadOnlyList<ExportedFile> Export(StoreDatabase store, string directory, TimeWindow window, BoundingBox? box)
    {
        ArgumentNullException.ThrowIfNull(store);
        Directory.CreateDirectory(directory);
        string positionFilter = window.Sql("ts") + (box is { } b ? " AND " + b.Sql("lat", "lon") : "");
        string vesselFilter = box == null ? "TRUE" : $"mmsi IN (SELECT DISTINCT mmsi FROM positions_deg WHERE {positionFilter})";
        string eventFilter = window.OverlapSql("start_ts", "end_ts") + (box is { } e ? " AND " + e.Sql("lat", "lon") : "");
        var queries = new (string Table, string Sql)[]
        {
            // Degrees and knots (positions_deg): what QGIS, pandas and the other side expect.
            ("positions", $"SELECT * FROM positions_deg WHERE {positionFilter} ORDER BY mmsi, ts"),
            ("identity_reports", $"SELECT * FROM identity_reports WHERE {window.Sql("ts")} AND {vesselFilter} ORDER BY mmsi, ts"),
            ("vessels", $"SELECT * FROM vessels WHERE {vesselFilter} ORDER BY mmsi, first_seen"),
            ("events", $"SELECT * FROM events WHERE {eventFilter} ORDER BY start_ts"),
        };
        var written = new List<ExportedFile>();
        foreach (var (table, sql) in queries)
        {
            string path = Path.GetFullPath(Path.Combine(directory, table + ".parquet"));
            string temp = path + ".tmp";
            store.Execute($"COPY ({sql}) TO {SqlText.Quote(temp)} (FORMAT PARQUET, COMPRESSION ZSTD)");
            File.Move(temp, path, overwrite: true);
            long rows = store.ScalarLong($"SELECT count(*) FROM read_parquet({SqlText.Quote(path)})");
            written.Add(new ExportedFile(table, path, rows));
        }
        return written;
    }
}
