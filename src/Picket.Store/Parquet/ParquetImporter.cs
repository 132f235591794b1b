using System.Diagnostics;
using DuckDB.NET.Data;
using Picket.Store.Ingest;

namespace Picket.Store.Parquet;

/// <summary>
/// Ingests a Parquet file written by <see cref="ParquetExporter"/> or by another tool with the same column names.
/// The table is chosen from the columns (mmsi, ts, lat, lon → positions; mmsi, ts and imo/name/call_sign → identity
/// reports); positions are in degrees and knots as <see cref="ParquetExporter"/> writes them; missing optional columns
/// become NULL, values are cast with TRY_CAST and rows without a usable MMSI are
/// counted as rejected. The whole file goes in one transaction with its log entry, so it is all or nothing.
/// </summary>
internal static class ParquetImporter
{
    private static readonly string[] PositionColumns = ["mmsi", "ts", "lat", "lon", "sog", "cog", "heading", "status", "msg_type"];
    private static readonly string[] PositionTypes = ["INTEGER", "TIMESTAMP", "INTEGER", "INTEGER", "USMALLINT", "USMALLINT", "SMALLINT", "UTINYINT", "UTINYINT"];
    /// <summary>Parquet carries degrees and knots (as our export writes them); the table stores AIS units.</summary>
    private static readonly Dictionary<string, double> PositionScale = new() { ["lat"] = 600_000, ["lon"] = 600_000, ["sog"] = 10, ["cog"] = 10 };
    private static readonly string[] IdentityColumns = ["mmsi", "ts", "msg_type", "part", "imo", "call_sign", "name", "ship_type", "length", "beam", "draught", "destination"];
    private static readonly string[] IdentityTypes = ["INTEGER", "TIMESTAMP", "UTINYINT", "UTINYINT", "INTEGER", "VARCHAR", "VARCHAR", "UTINYINT", "SMALLINT", "SMALLINT", "REAL", "VARCHAR"];

    public static FileIngestResult Import(StoreDatabase store, string path, IngestLogEntry entry, bool isNew, Stopwatch clock)
    {
        string source = $"read_parquet({SqlText.Quote(Path.GetFullPath(path))})";
        HashSet<string> columns;
        try
        {
            columns = Columns(store.Connection, source);
        }
        catch (DuckDBException e)
        {
            return Failed(path, clock, $"not a readable Parquet file: {e.Message}");
        }
        bool positions = columns.IsSupersetOf(["mmsi", "ts", "lat", "lon"]);
        bool identities = !positions && columns.IsSupersetOf(["mmsi", "ts"]) && columns.Overlaps(["imo", "name", "call_sign"]);
        if (!positions && !identities)
            return Failed(path, clock, "Parquet columns match neither positions (mmsi, ts, lat, lon) nor identity reports (mmsi, ts, imo/name/call_sign)");

        var (table, names, types) = positions ? ("positions", PositionColumns, PositionTypes) : ("identity_reports", IdentityColumns, IdentityTypes);
        var select = names.Select((c, i) => !columns.Contains(c) ? (c == "msg_type" ? "0::UTINYINT" : $"NULL::{types[i]}")
            : positions && PositionScale.TryGetValue(c, out double scale) ? $"TRY_CAST(round(TRY_CAST(\"{c}\" AS DOUBLE) * {scale}) AS {types[i]})"
            : $"TRY_CAST(\"{c}\" AS {types[i]})");
        long total, added;
        using (var tx = store.Connection.BeginTransaction())
        {
            total = store.ScalarLong($"SELECT count(*) FROM {source}");
            added = store.Execute($"INSERT INTO {table} SELECT {string.Join(", ", select)} FROM {source} WHERE TRY_CAST(mmsi AS INTEGER) IS NOT NULL");
            entry = entry with
            {
                LinesDone = total,
                Positions = positions ? added : 0,
                Identities = positions ? 0 : added,
                Rejected = total - added,
                RejectedReasons = total == added ? "{}" : $"{{\"no_mmsi\":{total - added}}}",
                Complete = true,
            };
            IngestLog.Save(store.Connection, entry, isNew);
            tx.Commit();
        }
        return new FileIngestResult(path, IngestStatus.Ingested, InputFormat.Parquet, positions ? added : 0, positions ? 0 : added, 0, entry, clock.Elapsed);
    }

    private static HashSet<string> Columns(DuckDBConnection connection, string source)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"DESCRIBE SELECT * FROM {source}";
        using var r = cmd.ExecuteReader();
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (r.Read()) set.Add(r.GetString(0));
        return set;
    }

    private static FileIngestResult Failed(string path, Stopwatch clock, string error) =>
        new(path, IngestStatus.Failed, InputFormat.Parquet, 0, 0, 0, null, clock.Elapsed, error);
}
