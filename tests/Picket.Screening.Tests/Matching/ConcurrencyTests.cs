using Picket.Screening.Matching;

namespace Picket.Screening.Tests.Matching;

public sealed class ConcurrencyTests
{
    [Fact]
    public void Parallel_screening_gives_the_sequential_answers()
    {
        var screener = LoadedLists.ScreenerOrSkip();
        var names = screener.Index.Entities.Where((_, i) => i % 37 == 0).Select(e => e.Caption + "x").ToList();

        var sequential = names.Select(n => Render(screener.Screen(new ScreeningQuery(Name: n)))).ToList();
        var parallel = new string[names.Count];
        Parallel.For(0, names.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            parallel[i] = Render(screener.Screen(new ScreeningQuery(Name: names[i]))));

        Assert.Equal(sequential, parallel);
        Assert.True(sequential.Count(s => s.Length > 0) > names.Count / 2);
    }

    static string Render(IReadOnlyList<ScreeningResult> results) =>
        string.Join("|", results.Select(r => $"{r.Entity.Id}:{r.Score:0.0000}"));
}
