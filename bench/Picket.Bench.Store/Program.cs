using System.Diagnostics;
using System.Globalization;
using Picket.Bench.Store;

// Wiring only. Usage:
//   dotnet run -c Release --project bench/Picket.Bench.Store -- [--positions N] [--scratch DIR] [--skip-4x]
//   (internal) ingest-child FILE DB   : one end-to-end ingest in this process, printing a result line
if (args.Length >= 3 && args[0] == "ingest-child") return await ChildIngest.RunAsync(args[1], args[2]);

long positions = 5_000_000;
string scratch = Path.Combine(FindRepoRoot(), "bench", "Picket.Bench.Store", "scratch");
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

static string FindRepoRoot()
{
    for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
        if (File.Exists(Path.Combine(d.FullName, "global.json"))) return d.FullName;
    return Directory.GetCurrentDirectory();
}
