namespace Picket.Store.Ingest;

/// <summary>
/// The ingest settings (one DuckDB thread, a small buffer pool; measured in <see cref="IngestOptions"/>), applied on
/// first use and put back afterwards. They are the database's, so one instance serves every connection of a writer.
/// </summary>
internal sealed class StoreSettings(StoreDatabase store, IngestOptions settings)
{
    private (long Threads, string Memory)? _saved;

    public void Apply()
    {
        if (_saved != null) return;
        _saved = (store.ScalarLong("SELECT current_setting('threads')"), store.ScalarText("SELECT current_setting('memory_limit')"));
        if (settings.DuckDbThreads is { } threads) store.Execute($"SET threads = {Math.Max(1, threads)}");
        if (settings.DuckDbMemoryLimit is { } limit) store.Execute($"SET memory_limit = {Parquet.SqlText.Quote(limit)}");
    }

    /// <summary>Puts back the settings in force before <see cref="Apply"/>.</summary>
    public void Restore()
    {
        if (_saved is not { } saved) return;
        _saved = null;
        store.Execute($"SET threads = {saved.Threads}");
        store.Execute($"SET memory_limit = {Parquet.SqlText.Quote(saved.Memory)}");
    }
}
