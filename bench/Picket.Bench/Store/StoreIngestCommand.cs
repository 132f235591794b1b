using System.Globalization;

namespace Picket.Bench.Store;

/// <summary>
/// <c>store-ingest</c>: end-to-end ingest of a synthetic feed beside DuckDB's raw appender, and peak memory at 1× and 4×.
/// Usage: <c>dotnet run -c Release --project bench/Picket.Bench -- store-ingest [--positions N] [--scratch DIR] [--skip-4x]</c>;
/// (internal) <c>store-ingest ingest-child FILE DB</c>: one end-to-end ingest in this process, printing a result line.
/// </summary>
internal static class StoreIngestCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length >= 3 && args[0] == "ingest-child") return await ChildIngest.RunAsync(args[1], args[2]);

        long positions = 5_000_000;
        string scratch = Path.Combine(FindRepoRoot(), "bench", "Picket.Bench", "Store", "scratch");
        bool skip4x = false, probe = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--positions": positions = long.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--scratch": scratch = args[++i]; break;
                case "--skip-4x": skip4x = true; break;
                case "--probe-appenders": probe = true; break;
                default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
            }
        }
        Directory.CreateDirectory(scratch);
        return await StoreBenchmark.RunAsync(scratch, positions, skip4x, probe);
    }

    private static string FindRepoRoot() => Picket.Testing.SharedData.RepoRoot ?? Directory.GetCurrentDirectory();
}
