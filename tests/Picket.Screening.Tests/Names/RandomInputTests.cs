using System.Text;
using Picket.Screening.Matching;
using Picket.Screening.Names;

namespace Picket.Screening.Tests.Names;

/// <summary>Untrusted names: random text from many scripts never throws and always scores within [0, 1].</summary>
public sealed class RandomInputTests
{
    [Theory]
    [InlineData(33)]
    [InlineData(64)]
    [InlineData(65)]
    public void A_token_of_many_xs_which_romanise_to_two_letters_each_prepares_and_scores(int length)
    {
        // Found by the names fuzz target: x keys to "ks", so a token's key can be twice its length.
        var name = "Yve An " + new string('X', length) + " KaBI";
        var prepared = PreparedName.PrepareAll(name);
        Assert.NotEmpty(prepared);
        Assert.True(RomanisationKey.Compute(new string('x', length)).Length > length, "x keys to more than one letter");
        var score = new NameScorer().Score(prepared[0], prepared[0]);
        Assert.InRange(score, 0.99, 1.0);
    }

    [Fact]
    public void Random_text_folds_and_scores_within_bounds()
    {
        var rng = new Random(7);
        (int From, int To)[] ranges =
        [
            (0x20, 0x7E), (0xA0, 0x24F), (0x300, 0x36F), (0x400, 0x4FF), (0x600, 0x6FF), (0x3040, 0x30FF),
            (0x4E00, 0x9FFF), (0xAC00, 0xD7A3), (0x1100, 0x11FF), (0x2000, 0x206F), (0xFF00, 0xFFEF), (0x1F600, 0x1F64F),
        ];
        string Next()
        {
            var sb = new StringBuilder();
            var len = rng.Next(0, 40);
            for (var i = 0; i < len; i++)
            {
                var (from, to) = ranges[rng.Next(ranges.Length)];
                sb.Append(char.ConvertFromUtf32(rng.Next(from, to + 1)));
                if (rng.Next(5) == 0)
                {
                    sb.Append(' ');
                }
            }

            // a lone surrogate now and then: malformed UTF-16 is possible in untrusted input
            if (rng.Next(20) == 0)
            {
                sb.Append('\uD800');
            }

            return sb.ToString();
        }

        for (var i = 0; i < 2000; i++)
        {
            var a = Next();
            var b = Next();
            var folded = NameNormalizer.Fold(a);
            Assert.All(folded, c => Assert.True(c == ' ' || char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c), $"'{c}' in fold of '{a}'"));
            var score = NameScorer.Default.Compare(a, b).Score;
            Assert.InRange(score, 0, 1);
            Assert.InRange(OfacToolScorer.Score(a, b), 0, 100);
        }
    }
}
