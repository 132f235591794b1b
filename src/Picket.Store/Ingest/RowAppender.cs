using DuckDB.NET.Data;

namespace Picket.Store.Ingest;

/// <summary>Appends rows with DuckDB's appender (the bulk path, no SQL per row); sentinels become NULL.</summary>
internal static class RowAppender
{
    /// <summary>Column-wise through <see cref="PositionChunkAppender"/> (the ingest path).</summary>
    public static void AppendPositions(DuckDBConnection connection, ReadOnlySpan<PositionRow> rows)
    {
        if (rows.IsEmpty) return;
        using var appender = new PositionChunkAppender(connection);
        appender.Append(rows);
        appender.Close();
    }

    /// <summary>Row by row through DuckDB.NET's appender: the reference "raw appender" the benchmark compares with.</summary>
    public static void AppendPositionsRowWise(DuckDBConnection connection, ReadOnlySpan<PositionRow> rows)
    {
        if (rows.IsEmpty) return;
        using var appender = connection.CreateAppender("positions");
        foreach (ref readonly var p in rows)
        {
            var row = appender.CreateRow();
            row.AppendValue((int)p.Mmsi);
            if (p.TimeMs == PositionRow.NoTime) row.AppendNullValue(); else row.AppendValue(ToDateTime(p.TimeMs));
            if (p.Latitude == PositionRow.NoPosition) row.AppendNullValue(); else row.AppendValue(p.Latitude);
            if (p.Longitude == PositionRow.NoPosition) row.AppendNullValue(); else row.AppendValue(p.Longitude);
            if (p.Speed == PositionRow.NoValue) row.AppendNullValue(); else row.AppendValue(p.Speed);
            if (p.Course == PositionRow.NoValue) row.AppendNullValue(); else row.AppendValue(p.Course);
            if (p.Heading == PositionRow.NoHeading) row.AppendNullValue(); else row.AppendValue(p.Heading);
            if (p.Status == PositionRow.NoStatus) row.AppendNullValue(); else row.AppendValue(p.Status);
            row.AppendValue(p.MessageType);
            row.EndRow();
        }
    }

    public static void AppendIdentities(DuckDBConnection connection, List<IdentityRow> rows)
    {
        if (rows.Count == 0) return;
        using var appender = connection.CreateAppender("identity_reports");
        foreach (var i in rows)
        {
            var row = appender.CreateRow();
            row.AppendValue((int)i.Mmsi);
            if (i.TimeMs == PositionRow.NoTime) row.AppendNullValue(); else row.AppendValue(ToDateTime(i.TimeMs));
            row.AppendValue(i.MessageType);
            row.AppendValue(i.Part);
            row.AppendValue(i.Imo);
            row.AppendValue(i.CallSign);
            row.AppendValue(i.Name);
            row.AppendValue(i.ShipType);
            row.AppendValue(i.Length);
            row.AppendValue(i.Beam);
            row.AppendValue(i.Draught);
            row.AppendValue(i.Destination);
            row.EndRow();
        }
    }

    /// <summary>UNIX milliseconds to a UTC <see cref="DateTime"/> (DuckDB TIMESTAMP has microsecond resolution).</summary>
    public static DateTime ToDateTime(long unixMs) => DateTime.UnixEpoch.AddTicks(unixMs * TimeSpan.TicksPerMillisecond);
}
