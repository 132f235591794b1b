using nietras.SeparatedValues;
using Picket.Screening.Batch;
using Picket.Screening.Matching;

namespace Picket.Screening.Tests.Batch;

/// <summary>
/// <see cref="PairScoring"/> in process: labelled pairs whose answer is known (romanisation variants of one name, different
/// hull numbers, different companies) come back with the right match and the confusion counts those labels imply.
/// </summary>
public sealed class PairScoringTests
{
    // Labels written by hand from what the names are, not from what the scorer says.
    const string KnownPairs = """
        name1,name2,schema,expected,class,note
        Kim Jong Un,"KIM, Jong Un",person,true,person,same person written as the list writes it
        Kim Chong-un,"KIM, Jong Un",person,true,person,McCune-Reischauer vs list spelling
        Gim Jeong-eun,Kim Jong Un,person,true,person,Revised Romanisation vs common spelling
        KIM JONGUN,Kim Jong Un,person,true,person,given name written together
        Ri Song Hyok,Li Song Hyok,person,true,person,Ri/Li initial-sound variant
        CHON MA SAN 1,CHON MA SAN 2,vessel,false,vessel,different hull numbers
        HWANG GUM SAN 2,HWANG GUM SAN 3,vessel,false,vessel,different hull numbers
        Ocean Maritime Management,Korea Mining Development Trading,company,false,company,"different companies, ""quoted"" note"
        Kim Yong Chol,Kim Jong Un,person,false,person,same surname only
        """;

    [Fact]
    public void Known_pairs_get_their_label_as_the_match_and_the_counts_follow_from_the_labels()
    {
        var output = new StringWriter();
        var summary = PairScoring.Run(NameScorer.Default, new StringReader(KnownPairs), output, threshold: 0.70, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Null(summary.Problem);
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(output.ToString());
        Assert.Equal(["name1", "name2", "schema", "expected", "class", "note", "score", "match"], reader.Header.ColNames);
        foreach (var row in reader)
        {
            Assert.True(row["expected"].ToString() == row["match"].ToString(), $"{row["name1"]} / {row["name2"]}: score {row["score"]}");
        }

        Assert.Equal((9L, 9L, 5L), (summary.Pairs, summary.Scored, summary.Matches));
        var all = summary.Labelled;
        Assert.Equal((5, 0, 0, 4), (all.TruePositives, all.FalsePositives, all.FalseNegatives, all.TrueNegatives));
        Assert.True(summary.HasClassColumn);
        Assert.Equal(["company", "person", "vessel"], summary.ByClass.Classes.Select(c => c.Class));
        Assert.Equal(2, summary.ByClass.Classes.Single(c => c.Class == "vessel").TrueNegatives);
        Assert.Contains("labelled: 9, true positives: 5, false positives: 0, false negatives: 0, true negatives: 4, precision: 1.000, recall: 1.000", summary.Report(), StringComparison.Ordinal);
        Assert.Contains("\"different companies, \"\"quoted\"\" note\"", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_threshold_above_every_score_turns_the_positives_into_false_negatives()
    {
        var summary = PairScoring.Run(NameScorer.Default, new StringReader(KnownPairs), TextWriter.Null, threshold: 1.01, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal((0, 0, 5, 4), (summary.Labelled.TruePositives, summary.Labelled.FalsePositives, summary.Labelled.FalseNegatives, summary.Labelled.TrueNegatives));
        Assert.Equal("n/a", summary.Report().Split("precision: ")[1].Split(',')[0]);
    }

    [Fact]
    public void Empty_names_are_counted_not_scored_and_ragged_rows_and_formulas_are_safe()
    {
        var output = new StringWriter();
        var summary = PairScoring.Run(NameScorer.Default, new StringReader("name2,name1,label\nCHON MA SAN 2,CHON MA SAN 1,no\n,SOMEONE,yes\n=HYPERLINK(\"x\")\n@SUM(A1),-2+3,maybe\n"),
            output, 0.70, explain: true, TestContext.Current.CancellationToken);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("name2,name1,label,score,match,explanation", lines[0]);
        Assert.Matches(@"^CHON MA SAN 2,CHON MA SAN 1,no,0\.\d{3},false,"".*numbers differ", lines[1]);
        Assert.Equal(",SOMEONE,yes,,,name1 or name2 is empty", lines[2]);
        Assert.StartsWith("\"'=HYPERLINK(\"\"x\"\")\",,,,,", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("'@SUM(A1),'-2+3,maybe,", lines[4], StringComparison.Ordinal);
        Assert.Equal((4L, 2L), (summary.Pairs, summary.Scored));
        Assert.Equal(1, summary.Labelled.Negatives + summary.Labelled.Positives);
        Assert.False(summary.HasClassColumn);
    }

    [Fact]
    public void A_header_without_name_columns_is_a_problem_not_an_exception()
    {
        var summary = PairScoring.Run(NameScorer.Default, new StringReader("a,b\nx,y\n"), TextWriter.Null, 0.7, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Contains("the header must name columns 'name1' and 'name2'; found: a,b", summary.Problem, StringComparison.Ordinal);
        Assert.Equal(0, summary.Pairs);
    }

    [Theory]
    [InlineData("TRUE", true)]
    [InlineData(" yes ", true)]
    [InlineData("1", true)]
    [InlineData("no match", false)]
    [InlineData("0", false)]
    [InlineData("maybe", null)]
    [InlineData(null, null)]
    public void Labels_are_read_in_the_usual_spellings(string? text, bool? expected) => Assert.Equal(expected, PairScoring.ParseLabel(text));
}
