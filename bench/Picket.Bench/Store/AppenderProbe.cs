using System.Diagnostics;
using Picket.Store;
using Picket.Store.Ingest;

namespace Picket.Bench.Store;

/// <summary>Diagnostic: alternates the appenders on the same rows several times, to separate warm-up and machine noise from the real difference.</summary>
internal static class AppenderProbe
{
    public static void Run(PositionRow[] rows, string scratch)
    {
        for (int round = 1; round <= 3; round++)
        {
            foreach (var (name, append) in new (string, Action<DuckDB.NET.Data.DuckDBConnection, ReadOnlySpan<PositionRow>>)[]
                     { ("chunk", (c, r) => RowAppender.AppendPositions(c, r)), ("row", (c, r) => RowAppender.AppendPositionsRowWise(c, r)) })
            {
                string db = Path.Combine(scratch, "probe.duckdb");
                File.Delete(db);
                File.Delete(db + ".wal");
                using var store = StoreDatabase.Open(db);
                foreach (var setting in (Environment.GetEnvironmentVariable("PICKET_PROBE_SQL") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
                    store.Execute(setting);
                using var self = Process.GetCurrentProcess();
                double cpu0 = self.TotalProcessorTime.TotalSeconds;
                var clock = Stopwatch.StartNew();
                double appendSeconds;
                using (var tx = store.Connection.BeginTransaction())
                {
                    append(store.Connection, rows);
                    appendSeconds = clock.Elapsed.TotalSeconds;
                    tx.Commit();
                }
                self.Refresh();
                Console.WriteLine($"  round {round} {name,-5}: append {rows.Length / appendSeconds,12:N0} rows/s, with commit {rows.Length / clock.Elapsed.TotalSeconds,12:N0} rows/s, per CPU-s {rows.Length / (self.TotalProcessorTime.TotalSeconds - cpu0),12:N0}");
            }
        }
    }
}
