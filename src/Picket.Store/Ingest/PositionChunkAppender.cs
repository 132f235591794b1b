using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace Picket.Store.Ingest;

/// <summary>
/// Appends <see cref="PositionRow"/>s to <c>positions</c> by filling DuckDB data chunks column by column through the
/// C API (<c>duckdb_append_data_chunk</c>), the path DuckDB.NET's row appender also ends in. Writing whole columns
/// skips the per-value dispatch of <c>AppendValue</c>, which costs more CPU per row
/// (the benchmark host's <c>store-ingest</c> prints both). Uses the connection's transaction like any appender.
/// </summary>
internal sealed unsafe class PositionChunkAppender : IDisposable
{
    /// <summary>DuckDB's STANDARD_VECTOR_SIZE: the rows one data chunk holds.</summary>
    private const int ChunkRows = 2048;
    private static readonly DuckDBType[] ColumnTypes =
    [
        DuckDBType.Integer, DuckDBType.Timestamp, DuckDBType.Integer, DuckDBType.Integer, DuckDBType.UnsignedSmallInt,
        DuckDBType.UnsignedSmallInt, DuckDBType.SmallInt, DuckDBType.UnsignedTinyInt, DuckDBType.UnsignedTinyInt,
    ];

    private readonly DuckDB.NET.Native.DuckDBAppender _appender;
    private readonly DuckDBLogicalType[] _types;
    private readonly DuckDBDataChunk _chunk;

    public PositionChunkAppender(DuckDBConnection connection)
    {
        if (NativeMethods.Appender.DuckDBAppenderCreate(connection.NativeConnection, null!, "positions", out _appender) != DuckDBState.Success)
            throw new InvalidOperationException("cannot create an appender on table positions");
        _types = ColumnTypes.Select(NativeMethods.LogicalType.DuckDBCreateLogicalType).ToArray();
        _chunk = NativeMethods.DataChunks.DuckDBCreateDataChunk(_types.Select(t => t.DangerousGetHandle()).ToArray(), (ulong)_types.Length);
    }

    public void Append(ReadOnlySpan<PositionRow> rows)
    {
        while (!rows.IsEmpty)
        {
            int n = Math.Min(ChunkRows, rows.Length);
            Fill(rows[..n]);
            if (NativeMethods.Appender.DuckDBAppendDataChunk(_appender, _chunk) != DuckDBState.Success) ThrowAppendError();
            rows = rows[n..];
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void Fill(ReadOnlySpan<PositionRow> rows)
    {
        NativeMethods.DataChunks.DuckDBDataChunkReset(_chunk);
        var mmsi = (int*)Data(0);
        var ts = (long*)Data(1);
        var lat = (int*)Data(2);
        var lon = (int*)Data(3);
        var sog = (ushort*)Data(4);
        var cog = (ushort*)Data(5);
        var heading = (short*)Data(6);
        var status = (byte*)Data(7);
        var type = (byte*)Data(8);
        ulong* tsValid = Validity(1), latValid = Validity(2), lonValid = Validity(3), sogValid = Validity(4),
            cogValid = Validity(5), headingValid = Validity(6), statusValid = Validity(7);
        for (int i = 0; i < rows.Length; i++)
        {
            ref readonly var p = ref rows[i];
            mmsi[i] = (int)p.Mmsi;
            // DuckDB TIMESTAMP is microseconds since the UNIX epoch.
            ts[i] = p.TimeMs * 1000;
            lat[i] = p.Latitude;
            lon[i] = p.Longitude;
            sog[i] = p.Speed;
            cog[i] = p.Course;
            heading[i] = p.Heading;
            status[i] = p.Status;
            type[i] = p.MessageType;
            ulong bit = 1UL << (i & 63);
            int word = i >> 6;
            if (p.TimeMs == PositionRow.NoTime) tsValid[word] &= ~bit;
            if (p.Latitude == PositionRow.NoPosition) latValid[word] &= ~bit;
            if (p.Longitude == PositionRow.NoPosition) lonValid[word] &= ~bit;
            if (p.Speed == PositionRow.NoValue) sogValid[word] &= ~bit;
            if (p.Course == PositionRow.NoValue) cogValid[word] &= ~bit;
            if (p.Heading == PositionRow.NoHeading) headingValid[word] &= ~bit;
            if (p.Status == PositionRow.NoStatus) statusValid[word] &= ~bit;
        }
        NativeMethods.DataChunks.DuckDBDataChunkSetSize(_chunk, (ulong)rows.Length);
    }

    private void* Data(int column) =>
        NativeMethods.Vectors.DuckDBVectorGetData(NativeMethods.DataChunks.DuckDBDataChunkGetVector(_chunk, column));

    /// <summary>The column's validity mask, made writable and set to all-valid (one bit per row, 1 = not NULL).</summary>
    private ulong* Validity(int column)
    {
        var vector = NativeMethods.DataChunks.DuckDBDataChunkGetVector(_chunk, column);
        NativeMethods.Vectors.DuckDBVectorEnsureValidityWritable(vector);
        ulong* mask = NativeMethods.Vectors.DuckDBVectorGetValidity(vector);
        new Span<ulong>(mask, ChunkRows / 64).Fill(ulong.MaxValue);
        return mask;
    }

    private void ThrowAppendError()
    {
        using var error = NativeMethods.Appender.DuckDBAppenderErrorData(_appender);
        throw new InvalidOperationException("appending to positions failed: " + NativeMethods.ErrorData.DuckDBErrorDataMessage(error));
    }

    /// <summary>Flushes the appended rows into the transaction; throws if DuckDB refuses them.</summary>
    public void Close()
    {
        if (NativeMethods.Appender.DuckDBAppenderClose(_appender) != DuckDBState.Success) ThrowAppendError();
    }

    public void Dispose()
    {
        _chunk.Dispose();
        foreach (var t in _types) t.Dispose();
        _appender.Dispose();
    }
}
