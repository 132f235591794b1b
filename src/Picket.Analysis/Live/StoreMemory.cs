using Picket.Store;

namespace Picket.Analysis.Live;

/// <summary>DuckDB's own memory (its buffer pool and the rest it allocates), for the watch's status.</summary>
internal static class StoreMemory
{
    /// <summary>
    /// The sum of <c>duckdb_memory()</c>, which DuckDB reports per component (base table, column data, metadata, …). It
    /// is the database instance's, shared by every connection of the process, so any connection reads it; null when the
    /// store cannot say (the status is best effort and never stops the watch).
    /// </summary>
    public static long? Bytes(StoreDatabase store)
    {
        try { return store.ScalarLong("SELECT coalesce(sum(memory_usage_bytes), 0)::BIGINT FROM duckdb_memory()"); }
        catch (DuckDB.NET.Data.DuckDBException) { return null; }
    }
}
