using System.Diagnostics;
using System.Globalization;
using Picket.Store;
using Picket.Store.Queries;

namespace Picket.Bench.Store;

/// <summary>
/// <c>store-rebuild STORE [ROUNDS]</c>: the file size of a store across repeated rebuilds of the server's sorted copies
/// (one per analysis in a running server), side by side: <see cref="OrderedPositions.Refresh"/> as it is (a checkpoint
/// after the rebuild frees the replaced copies' blocks) and the same rebuild without the checkpoint (as before). Each
/// runs on its own copy of STORE, which is not changed.
/// </summary>
internal static class StoreRebuildCommand
{
    // The stamp the copies are judged current by; deleting it makes the next Refresh rebuild, as new positions would.
    private const string Stale = "DELETE FROM store_info WHERE key = 'ordered_positions_rows'";

    public static int Run(string[] args)
    {
        if (args.Length < 1 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: store-rebuild STORE.duckdb [ROUNDS]  (e.g. the demo's analysis/picket.duckdb)");
            return 2;
        }
        int rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        Console.WriteLine($"store-rebuild {args[0]}, {rounds} rebuilds; load average at start: {LoadAverage()}");
        var now = Measure(args[0], rounds, OrderedPositions.Refresh);
        var before = Measure(args[0], rounds, WithoutCheckpoint);
        Console.WriteLine($"{"after",-18} {"this (MB)",10} {"no checkpoint (MB)",19} {"ratio",6}");
        for (int i = 0; i < now.Count; i++)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(i == 0 ? "start" : $"rebuild {i}"),-18} {now[i] / 1048576.0,10:0.0} {before[i] / 1048576.0,19:0.0} {now[i] / (double)before[i],6:0.00}"));
        return 0;
    }

    private static List<long> Measure(string source, int rounds, Func<StoreDatabase, long> rebuild)
    {
        string path = Path.Combine(Path.GetTempPath(), $"picket-store-rebuild-{Guid.NewGuid():N}.duckdb");
        File.Copy(source, path);
        try
        {
            var sizes = new List<long> { OnDisk(path) };
            using var store = StoreDatabase.Open(path);
            var watch = Stopwatch.StartNew();
            for (int i = 0; i < rounds; i++)
            {
                store.Execute(Stale);
                rebuild(store);
                sizes.Add(OnDisk(path));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(rebuild == WithoutCheckpoint ? "no checkpoint" : "this")}: {watch.Elapsed.TotalSeconds:0.0} s"));
            return sizes;
        }
        finally
        {
            File.Delete(path);
            File.Delete(path + ".wal");
        }
    }

    // The rebuild's statements as OrderedPositions.Refresh runs them, without the checkpoint after.
    private static long WithoutCheckpoint(StoreDatabase store)
    {
        using var tx = store.Connection.BeginTransaction();
        store.Execute($"CREATE OR REPLACE TABLE {OrderedPositions.ByVessel} AS SELECT * FROM positions ORDER BY mmsi, ts");
        store.Execute($"CREATE OR REPLACE TABLE {OrderedPositions.ByCell} AS SELECT * FROM positions ORDER BY lat // 600000, lon, mmsi, ts");
        store.Execute($"CREATE OR REPLACE TABLE {OrderedPositions.IdentityByVessel} AS SELECT * FROM identity_reports ORDER BY mmsi, ts");
        tx.Commit();
        return 0;
    }

    private static long OnDisk(string path) =>
        new FileInfo(path).Length + (File.Exists(path + ".wal") ? new FileInfo(path + ".wal").Length : 0);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
