using nietras.SeparatedValues;

namespace Picket.Cli.Tests;

/// <summary>The CSV outputs of <c>match</c> and <c>screen --csv</c> neutralise formula cells end to end (the rule itself: Picket.Screening.Tests SpreadsheetSafeTests).</summary>
public sealed class CsvInjectionTests(FixtureListStore store) : IClassFixture<FixtureListStore>
{
    [Fact]
    public void Match_pairs_output_neutralises_formula_names()
    {
        using var dir = new TempDir("picket-injection");
        File.WriteAllText(dir["p.csv"], "name1,name2\n=HYPERLINK(\"http://x.test\"),@SUM(A1)\n-2+3,KIM JONG UN\n");
        var (exit, stdout, stderr) = CliRunner.Run("match", "--pairs", dir["p.csv"]);
        Assert.True(exit == 0, stderr);
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(stdout);
        var cells = reader.Enumerate(r => (r["name1"].ToString(), r["name2"].ToString())).ToList();
        Assert.Equal(("'=HYPERLINK(\"http://x.test\")", "'@SUM(A1)"), cells[0]);
        Assert.Equal(("'-2+3", "KIM JONG UN"), cells[1]);
    }

    [Fact]
    public void Screen_csv_output_neutralises_formula_names()
    {
        using var dir = new TempDir("picket-injection");
        File.WriteAllText(dir["q.csv"], "name,schema\n=1+1,person\n+KIM JONG UN,person\n");
        var (exit, stdout, stderr) = CliRunner.Run("screen", "--csv", dir["q.csv"], "--lists", store.Dir);
        Assert.True(exit == 0, stderr);
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(stdout);
        var names = reader.Enumerate(r => r["name"].ToString()).ToList();
        Assert.Contains("'=1+1", names);
        Assert.Contains("'+KIM JONG UN", names);
        Assert.DoesNotContain(names, n => n.Length > 0 && n[0] is '=' or '+' or '-' or '@');
    }
}
