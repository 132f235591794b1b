using Picket.Bench.Screening;

// Usage:
//   Picket.Bench.Screening [LISTS_DIR] [QUERIES]   benchmark (default ../shared/data/lists, 100000)
//   Picket.Bench.Screening probe NAME1 NAME2       fold, keys and score of one pair
//   Picket.Bench.Screening ofac FIXTURES.csv       OFAC-tool emulation rows off by more than 5 points
if (args is ["probe", var a, var b])
{
    Probe.Run(a, b);
    return 0;
}

if (args is ["anyascii", var text])
{
    Console.WriteLine(AnyAscii.Transliteration.Transliterate(text));
    return 0;
}

if (args is ["ofac", var f])
{
    OfacProbe.Run(f);
    return 0;
}

var dir = args.Length > 0 ? args[0] : FindLists();
var total = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
if (!Directory.Exists(dir))
{
    Console.Error.WriteLine($"lists directory '{dir}' not found; pass it as the first argument");
    return 2;
}

return Benchmark.Run(dir, total);

static string FindLists()
{
    var d = new DirectoryInfo(AppContext.BaseDirectory);
    while (d is not null && !File.Exists(Path.Combine(d.FullName, "global.json")))
    {
        d = d.Parent;
    }

    return d is null ? "lists" : Path.Combine(d.FullName, "..", "shared", "data", "lists");
}
