using BenchmarkDotNet.Attributes;
using Picket.Screening.Lists;
using Picket.Screening.Lists.Ofac;
using Picket.Screening.Lists.Un;
using Picket.Screening.Matching;
using Picket.Screening.Names;

namespace Picket.Bench.Screening;

/// <summary>One screening query against the UN and OFAC lists of the shared data (perturbed names of listed
/// entities and names of no one, as the screening command generates them).</summary>
[MemoryDiagnoser]
public class ScreenerBenchmarks
{
    private Screener _screener = null!;
    private BenchQuery[] _queries = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var dir = Picket.Testing.SharedData.Find(out var missing, "lists")
            ?? throw new InvalidOperationException($"the screening benchmarks need the UN and OFAC lists: {missing}");
        var un = UnConsolidatedParser.Load(Path.Combine(dir, "un", "consolidated.xml"));
        var ofac = OfacSdnCsvParser.LoadDirectory(Path.Combine(dir, "ofac"));
        var lists = SanctionsLists.FromResults([un, ofac]);
        _screener = lists.Screener;
        var folds = lists.Entities.SelectMany(e => e.Names).Select(n => NameNormalizer.Fold(n.Value)).ToHashSet();
        _queries = [.. new QueryGenerator(lists.Entities).Generate(500, 500, folds)];
    }

    [Benchmark(Description = "Screener.Screen: one name (listed or not)")]
    public int Screen()
    {
        var q = _queries[_next++ % _queries.Length];
        return _screener.Screen(new ScreeningQuery(Name: q.Name, Schema: q.Schema)).Count;
    }
}
