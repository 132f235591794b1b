namespace Picket.Screening.Names;

/// <summary>
/// A name folded and split once, ready for many comparisons: tokens, their romanisation keys and weak/numeric marks.
/// Built by <see cref="Prepare"/>; the matcher's hot path only reads it.
/// </summary>
public sealed class PreparedName
{
    PreparedName(string folded, string[] tokens, string[] keys, TokenClass[] classes, NameCuts cuts)
    {
        Folded = folded;
        Cuts = cuts;
        Tokens = tokens;
        Keys = keys;
        Classes = classes;
        foreach (var c in classes)
        {
            if (c == TokenClass.Numeric)
            {
                HasNumbers = true;
            }
            else if (c == TokenClass.Strong)
            {
                HasStrongTokens = true;
            }
        }
    }

    /// <summary>The folded form, tokens separated by single spaces.</summary>
    public string Folded { get; }

    public string[] Tokens { get; }

    /// <summary><see cref="RomanisationKey"/> of each token.</summary>
    public string[] Keys { get; }

    public TokenClass[] Classes { get; }

    public bool HasNumbers { get; }

    public bool HasStrongTokens { get; }

    public bool IsEmpty => Tokens.Length == 0;

    /// <summary>Which <see cref="NameLimits"/> this name hit while it was prepared; <see cref="NameCuts.None"/> for real names.</summary>
    public NameCuts Cuts { get; }

    /// <summary>Prepares each fold variant of <paramref name="raw"/> (two when it holds Han characters).</summary>
    public static PreparedName[] PrepareAll(string raw)
    {
        var folds = NameNormalizer.FoldVariants(raw);
        var result = new PreparedName[folds.Count];
        for (var i = 0; i < folds.Count; i++)
        {
            result[i] = FromFolded(folds[i]);
        }

        return result;
    }

    /// <summary>Prepares the first (Korean-reading) fold of <paramref name="raw"/>.</summary>
    public static PreparedName Prepare(string raw) => FromFolded(NameNormalizer.Fold(raw));

    /// <summary>Prepares text that is already folded by <see cref="NameNormalizer"/>.</summary>
    public static PreparedName FromFolded(string folded)
    {
        var limits = NameLimits.Default;
        var cuts = NameCuts.None;
        var tokens = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length > limits.MaxTokensPerName)
        {
            tokens = tokens[..limits.MaxTokensPerName];
            cuts |= NameCuts.TokensDropped;
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Length > limits.MaxTokenLength)
            {
                tokens[i] = tokens[i][..limits.MaxTokenLength];
                cuts |= NameCuts.TokenCut;
            }
        }

        if (cuts != NameCuts.None)
        {
            folded = string.Join(' ', tokens);
        }

        var keys = new string[tokens.Length];
        var classes = new TokenClass[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            classes[i] = t.AsSpan().ContainsAnyInRange('0', '9') ? TokenClass.Numeric
                : WeakTokens.IsForm(t) ? TokenClass.Form
                : WeakTokens.IsWeak(t) ? TokenClass.Weak
                : TokenClass.Strong;
            var key = classes[i] == TokenClass.Numeric ? t : RomanisationKey.Compute(t);
            keys[i] = key == t ? t : key; // same instance when unchanged, so comparers can skip a second pass
        }

        return new PreparedName(folded, tokens, keys, classes, cuts);
    }

    public override string ToString() => Folded;
}

/// <summary>Which <see cref="NameLimits"/> a prepared name hit.</summary>
[Flags]
public enum NameCuts : byte
{
    None = 0,
    /// <summary>A token was longer than <see cref="NameLimits.MaxTokenLength"/> and was cut.</summary>
    TokenCut = 1,
    /// <summary>The name had more than <see cref="NameLimits.MaxTokensPerName"/> tokens; the rest were dropped.</summary>
    TokensDropped = 2,
}

/// <summary>What a token contributes to a comparison.</summary>
public enum TokenClass : byte
{
    Strong = 0,
    /// <summary>A legal form, vessel prefix or function word (<see cref="WeakTokens"/>).</summary>
    Weak = 1,
    /// <summary>Contains a digit: hull numbers in vessel names ("ZU ZAG BONG 6") must agree exactly.</summary>
    Numeric = 2,
    /// <summary>A legal form or vessel prefix (LTD, JSC, MV): weak, and its absence costs almost nothing.</summary>
    Form = 3,
}

/// <summary>Helpers on <see cref="TokenClass"/>.</summary>
public static class TokenClassExtensions
{
    /// <summary>True for generic words, legal forms and vessel prefixes: they count little and never make a match alone.</summary>
    public static bool IsWeak(this TokenClass c) => c is TokenClass.Weak or TokenClass.Form;
}
