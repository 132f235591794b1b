using System.Collections.Frozen;

namespace Picket.Screening.Names;

/// <summary>
/// Phrases of one or more folded tokens and what each stands for, looked up by first token so that rewriting a name
/// costs one dictionary probe per token (no string building): used for legal forms and places.
/// </summary>
internal sealed class PhraseTable
{
    readonly FrozenDictionary<string, (string[] Words, string[] Replacement)[]> _byFirst;

    public PhraseTable(IEnumerable<(string Phrase, string Replacement)> phrases)
    {
        _byFirst = phrases
            .Select(p => (Words: p.Phrase.Split(' '), Replacement: p.Replacement.Split(' ')))
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The longest phrase starting at <paramref name="i"/>: its length in tokens and replacement, or (0, null).</summary>
    public (int Length, string[]? Replacement) Match(List<string> tokens, int i)
    {
        if (!_byFirst.TryGetValue(tokens[i], out var candidates))
        {
            return (0, null);
        }

        foreach (var (words, replacement) in candidates)
        {
            if (i + words.Length > tokens.Count)
            {
                continue;
            }

            var all = true;
            for (var k = 1; k < words.Length && all; k++)
            {
                all = tokens[i + k] == words[k];
            }

            if (all)
            {
                return (words.Length, replacement);
            }
        }

        return (0, null);
    }

    /// <summary>Replaces phrases in <paramref name="tokens"/> left to right; <paramref name="skip"/> vetoes a one-token match in its context.</summary>
    public void Rewrite(List<string> tokens, Func<List<string>, int, bool>? skip = null)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var (length, replacement) = Match(tokens, i);
            if (replacement is null || (length == 1 && skip is not null && skip(tokens, i)))
            {
                continue;
            }

            tokens.RemoveRange(i, length);
            tokens.InsertRange(i, replacement);
            i += replacement.Length - 1;
        }
    }
}
