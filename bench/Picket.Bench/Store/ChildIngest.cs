using System.Diagnostics;
using System.Globalization;
using Picket.Store;
using Picket.Store.Ingest;

namespace Picket.Bench.Store;

/// <summary>One end-to-end ingest in a fresh process, so its peak working set is its own; prints one RESULT line.</summary>
internal static class ChildIngest
{
    /// <summary>Experiment aid: prints the working set every 2 M positions, to see where the peak happens.</summary>
    private sealed class MemoryTrace : IProgress<IngestProgress>
    {
        private long _next;

        public void Report(IngestProgress p)
        {
            if (p.Positions < _next) return;
            _next += 2_000_000;
            using var self = Process.GetCurrentProcess();
            Console.WriteLine($"  {p.Positions,12:N0} positions: working set {self.WorkingSet64 / 1e6:F0} MB, peak {self.PeakWorkingSet64 / 1e6:F0} MB");
        }
    }

    public static async Task<int> RunAsync(string file, string db)
    {
        var clock = Stopwatch.StartNew();
        using var store = StoreDatabase.Open(db);
        // Overrides for experiments only; the benchmark uses the defaults.
        var options = new IngestOptions();
        if (Environment.GetEnvironmentVariable("PICKET_COMMIT_ROWS") is { } commit) options = options with { CommitRows = long.Parse(commit, CultureInfo.InvariantCulture) };
        if (Environment.GetEnvironmentVariable("PICKET_MEMORY_LIMIT") is { } limit) options = options with { DuckDbMemoryLimit = limit };
        IProgress<IngestProgress>? trace = Environment.GetEnvironmentVariable("PICKET_SHOW_MEMORY") == null ? null : new MemoryTrace();
        var result = await new StoreIngestor(store, options).IngestAsync(file, trace);
        if (Environment.GetEnvironmentVariable("PICKET_SHOW_MEMORY") != null)
        {
            using var self0 = Process.GetCurrentProcess();
            Console.WriteLine($"after ingest: peak {self0.PeakWorkingSet64 / 1e6:F0} MB, now {self0.WorkingSet64 / 1e6:F0} MB, GC heap {GC.GetTotalMemory(false) / 1e6:F0} MB, duckdb {store.ScalarText("SELECT sum(memory_usage_bytes) // 1000000 FROM duckdb_memory()")} MB");
        }
        store.RefreshVessels();
        clock.Stop();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT {result.Status} {result.PositionsAdded} {result.IdentitiesAdded} {clock.Elapsed.TotalSeconds:F3} {self.PeakWorkingSet64} {self.TotalProcessorTime.TotalSeconds:F3}"));
        return result.Status == IngestStatus.Ingested ? 0 : 1;
    }
}
