using System.Text;
using Picket.Screening.Matching;
using Picket.Screening.Names;

namespace Picket.Screening.Tests.Names;

/// <summary>Untrusted names: random text from many scripts never throws and always scores within [0, 1].</summary>
public sealed class RandomInputTests
{
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
