using System.Diagnostics;
using Picket.Screening.Matching;
using Picket.Screening.Names;

namespace Picket.Bench.Screening;

/// <summary>Where a query's time goes: name preparation, candidate generation, scoring, the rest of Screen.</summary>
internal static class StageTiming
{
    public static void Run(Screener screener, IReadOnlyList<BenchQuery> queries)
    {
        var scratch = new CandidateScratch(screener.Index.NameCount);
        long prep = 0, collect = 0, score = 0, full = 0;
        var names = new List<PreparedName[]>(queries.Count);
        var t = Stopwatch.GetTimestamp();
        foreach (var q in queries)
        {
            names.Add(PreparedName.PrepareAll(q.Name));
        }

        prep = Stopwatch.GetTimestamp() - t;
        var cands = new List<int[]>(queries.Count);
        t = Stopwatch.GetTimestamp();
        foreach (var n in names)
        {
            cands.Add([.. scratch.Collect(screener.Index, n[0], 64, 0.7, NameScorerOptions.Default)]);
        }

        collect = Stopwatch.GetTimestamp() - t;
        t = Stopwatch.GetTimestamp();
        double sink = 0;
        for (var i = 0; i < names.Count; i++)
        {
            foreach (var id in cands[i])
            {
                sink += screener.Scorer.Score(names[i][0], screener.Index.Names[id].Prepared);
            }
        }

        score = Stopwatch.GetTimestamp() - t;
        t = Stopwatch.GetTimestamp();
        foreach (var q in queries)
        {
            sink += screener.Screen(new ScreeningQuery(Name: q.Name, Schema: q.Schema)).Count;
        }

        full = Stopwatch.GetTimestamp() - t;
        double Us(long ticks) => ticks * 1e6 / Stopwatch.Frequency / queries.Count;
        Console.WriteLine($"(µs per query: prepare {Us(prep):0.0}, candidates {Us(collect):0.0}, scoring {Us(score):0.0}, whole Screen {Us(full):0.0}; {sink:0})");
    }
}
