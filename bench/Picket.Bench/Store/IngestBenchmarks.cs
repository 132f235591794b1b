using BenchmarkDotNet.Attributes;
using Picket.Store;
using Picket.Store.Ingest;
using Picket.Testing;
using Picket.Testing.Traffic;

namespace Picket.Bench.Store;

/// <summary>Ingest of a 20,000-position receiver log (hash, decode, append, commit) into a new store file; the
/// store-ingest command measures the same end to end at millions of positions, with peak memory.</summary>
[MemoryDiagnoser]
public class IngestBenchmarks : IDisposable
{
    private readonly TempDir _dir = new("picket-bench-ingest");
    private string _feed = "";
    private int _run;

    [GlobalSetup]
    public void Setup()
    {
        _feed = _dir.File("feed.nmea");
        IngestFeed.Write(_feed, 20_000);
    }

    [Benchmark(Description = "StoreIngestor: 20 k positions into a new store")]
    public async Task<long> Ingest()
    {
        var db = _dir.File($"run-{_run++}.duckdb");
        long added;
        using (var store = StoreDatabase.Open(db))
            added = (await new StoreIngestor(store).IngestAsync(_feed)).PositionsAdded;
        File.Delete(db);
        File.Delete(db + ".wal");
        return added;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _dir.Dispose();
        GC.SuppressFinalize(this);
    }
}
