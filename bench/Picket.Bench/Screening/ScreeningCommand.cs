namespace Picket.Bench.Screening;

/// <summary>
/// <c>screening</c>: 100k perturbed and non-matching queries against the UN and OFAC lists; prints throughput, p99
/// latency, recall and false-positive rate (bench/screening/compare.sh runs it beside an older build). Usage:
/// <c>screening [LISTS_DIR] [QUERIES]</c> (default the shared lists, 100000); <c>screening probe NAME1 NAME2</c>: fold,
/// keys and score of one pair; <c>screening anyascii TEXT</c>; <c>screening ofac FIXTURES.csv</c>: OFAC-tool emulation
/// rows off by more than 5 points.
/// </summary>
internal static class ScreeningCommand
{
    public static int Run(string[] args)
    {
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

        var dir = args.Length > 0 ? args[0] : Picket.Testing.SharedData.Find(out _, "lists") ?? "lists";
        var total = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        if (!Directory.Exists(dir))
        {
            Console.Error.WriteLine($"lists directory '{dir}' not found; pass it as the first argument");
            return 2;
        }

        return Benchmark.Run(dir, total);
    }
}
