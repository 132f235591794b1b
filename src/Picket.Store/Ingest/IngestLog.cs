using DuckDB.NET.Data;

namespace Picket.Store.Ingest;

/// <summary>Reads and writes <c>ingest_log</c>. Writes are meant to run inside the transaction that appends the rows they describe.</summary>
internal static class IngestLog
{
    public static IngestLogEntry? Find(DuckDBConnection connection, string fileHash)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT file_hash, path, size, format, lines_done, positions, identities, rejected, rejected_reasons, complete
            FROM ingest_log WHERE file_hash = $hash
            """;
        cmd.Parameters.Add(new DuckDBParameter("hash", fileHash));
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        return new IngestLogEntry(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetString(3), r.GetInt64(4),
            r.GetInt64(5), r.GetInt64(6), r.GetInt64(7), r.IsDBNull(8) ? null : r.GetString(8), r.GetBoolean(9));
    }

    public static List<IngestLogEntry> All(DuckDBConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT file_hash, path, size, format, lines_done, positions, identities, rejected, rejected_reasons, complete
            FROM ingest_log ORDER BY started_at
            """;
        using var r = cmd.ExecuteReader();
        var list = new List<IngestLogEntry>();
        while (r.Read())
            list.Add(new IngestLogEntry(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetString(3), r.GetInt64(4),
                r.GetInt64(5), r.GetInt64(6), r.GetInt64(7), r.IsDBNull(8) ? null : r.GetString(8), r.GetBoolean(9)));
        return list;
    }

    /// <summary>Inserts the entry when the hash is new, otherwise updates its progress.</summary>
    public static void Save(DuckDBConnection connection, IngestLogEntry e, bool isNew)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = isNew
            ? """
              INSERT INTO ingest_log VALUES ($hash, $path, $size, $format, $lines, $positions, $identities, $rejected,
                  $reasons, $complete, now()::TIMESTAMP, now()::TIMESTAMP)
              """
            : """
              UPDATE ingest_log SET path = $path, size = $size, format = $format, lines_done = $lines,
                  positions = $positions, identities = $identities, rejected = $rejected, rejected_reasons = $reasons,
                  complete = $complete, updated_at = now()::TIMESTAMP
              WHERE file_hash = $hash
              """;
        cmd.Parameters.Add(new DuckDBParameter("hash", e.FileHash));
        cmd.Parameters.Add(new DuckDBParameter("path", e.Path));
        cmd.Parameters.Add(new DuckDBParameter("size", e.Size));
        cmd.Parameters.Add(new DuckDBParameter("format", e.Format));
        cmd.Parameters.Add(new DuckDBParameter("lines", e.LinesDone));
        cmd.Parameters.Add(new DuckDBParameter("positions", e.Positions));
        cmd.Parameters.Add(new DuckDBParameter("identities", e.Identities));
        cmd.Parameters.Add(new DuckDBParameter("rejected", e.Rejected));
        cmd.Parameters.Add(new DuckDBParameter("reasons", (object?)e.RejectedReasons ?? DBNull.Value));
        cmd.Parameters.Add(new DuckDBParameter("complete", e.Complete));
        cmd.ExecuteNonQuery();
    }
}
