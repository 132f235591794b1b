using nietras.SeparatedValues;

namespace Picket.Cli.Tests;

/// <summary><c>picket match --pairs</c>: the same rows back with score and match, on pairs whose answer is known.</summary>
public sealed class MatchCommandTests
{
    [Fact]
    public void Known_pairs_get_the_expected_match_and_the_confusion_counts_are_reported()
    {
        var (exit, stdout, stderr) = CliRunner.Run("match", "--pairs", ListsFixtures.Path("pairs.csv"));
        TestContext.Current.TestOutputHelper?.WriteLine(stdout + stderr);
        Assert.Equal(0, exit);

        using var reader = Sep.Reader().FromText(stdout);
        Assert.Equal(["name1", "name2", "schema", "expected", "note", "score", "match"], reader.Header.ColNames);
        var rows = 0;
        foreach (var row in reader)
        {
            rows++;
            var score = double.Parse(row["score"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(score, 0, 1);
            Assert.True(row["expected"].ToString() == row["match"].ToString(),
                $"{row["name1"]} / {row["name2"]} ({row["note"]}): score {score}, expected match={row["expected"]}");
        }

        Assert.Equal(9, rows);
        Assert.Contains("\"different companies, \"\"quoted\"\" note\"", stdout, StringComparison.Ordinal);
        Assert.Contains("labelled: 9, true positives: 5, false positives: 0, false negatives: 0, true negatives: 4", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Hull_numbers_decide_and_empty_names_are_counted_not_scored()
    {
        var dir = ListsFixtures.NewTempDir();
        try
        {
            var input = Path.Combine(dir, "p.csv");
            File.WriteAllText(input, "name2,name1\nCHON MA SAN 2,CHON MA SAN 1\nCHON MA SAN 1,Chon Ma San 1\n,SOMEONE\n");
            var output = Path.Combine(dir, "out.csv");
            var (exit, _, stderr) = CliRunner.Run("match", "--pairs", input, "--explain", "--out", output);
            Assert.Equal(0, exit);
            var lines = File.ReadAllLines(output);
            Assert.Equal("name2,name1,score,match,explanation", lines[0]);
            Assert.Matches(@"^CHON MA SAN 2,CHON MA SAN 1,0\.\d{3},false,"".*numbers differ", lines[1]);
            Assert.StartsWith("CHON MA SAN 1,Chon Ma San 1,1.000,true,", lines[2], StringComparison.Ordinal);
            Assert.Equal(",SOMEONE,,,name1 or name2 is empty", lines[3]);
            Assert.Contains("pairs: 3, scored: 2, not scored (empty name): 1, matches at 0.70: 1", stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Missing_columns_and_files_are_input_errors()
    {
        var dir = ListsFixtures.NewTempDir();
        try
        {
            var input = Path.Combine(dir, "p.csv");
            File.WriteAllText(input, "a,b\nx,y\n");
            var (exit, _, stderr) = CliRunner.Run("match", "--pairs", input);
            Assert.Equal(3, exit);
            Assert.Contains("the header must name columns 'name1' and 'name2'", stderr, StringComparison.Ordinal);
            Assert.Equal(3, CliRunner.Run("match", "--pairs", Path.Combine(dir, "missing.csv")).Exit);
            Assert.Equal(2, CliRunner.Run("match").Exit);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
