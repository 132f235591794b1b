namespace Picket.Screening.Names;

/// <summary>
/// A name folded and split once, ready for many comparisons: tokens after number, legal-form and place rewriting,
/// their romanisation keys, classes and number values, and the name in its own CJK script. Built by
/// <see cref="Prepare"/> / <see cref="PrepareAll"/>; the matcher's hot path only reads it.
/// </summary>
public sealed class PreparedName
{
    PreparedName(string folded, string[] tokens, string[] keys, TokenClass[] classes, string?[] numbers, NameCuts cuts)
    {
        Folded = folded;
        Cuts = cuts;
        Tokens = tokens;
        Keys = keys;
        Classes = classes;
        Numbers = numbers;
        JoinKeys = new string[tokens.Length];
        var compact = new System.Text.StringBuilder(folded.Length);
        var keyCompact = new System.Text.StringBuilder(folded.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            HasNumbers |= numbers[i] is not null;
            HasStrongTokens |= classes[i] == TokenClass.Strong;
            HasForms |= classes[i] == TokenClass.Form && LegalForms.IsForm(tokens[i]);
            HasPlaces |= Places.IsPlace(tokens[i]);
            JoinKeys[i] = numbers[i] ?? RomanisationKey.JoinKey(tokens[i]);
            if (classes[i] != TokenClass.Form)
            {
                compact.Append(JoinKeys[i]);
                keyCompact.Append(numbers[i] ?? keys[i]);
                Words++;
            }
        }

        Compact = compact.ToString();
        KeyCompact = keyCompact.ToString();
    }

    /// <summary>The folded form after rewriting, tokens separated by single spaces.</summary>
    public string Folded { get; }

    /// <summary>The folded tokens, in order.</summary>
    public string[] Tokens { get; }

    /// <summary><see cref="RomanisationKey"/> of each token.</summary>
    public string[] Keys { get; }

    /// <summary>What each token contributes to a comparison.</summary>
    public TokenClass[] Classes { get; }

    /// <summary>
    /// The number a token stands for, as digits: the token itself when it holds a digit, the value of a Roman
    /// numeral ending a name of two tokens or more ("SEA STAR III" → "3"; ship names put the number last), else null.
    /// </summary>
    public string?[] Numbers { get; }

    /// <summary>
    /// <see cref="RomanisationKey.JoinKey"/> (or number) of every token but legal forms and vessel prefixes, written
    /// together: spacing-blind.
    /// </summary>
    public string Compact { get; }

    /// <summary><see cref="Keys"/> (or numbers) of every token but legal forms and vessel prefixes, written together.</summary>
    public string KeyCompact { get; }

    /// <summary><see cref="RomanisationKey.JoinKey"/> of each token (its number for numbers).</summary>
    public string[] JoinKeys { get; }

    /// <summary>Tokens other than legal forms and vessel prefixes.</summary>
    public int Words { get; }

    /// <summary>The name's Hangul and Han characters, Han read as Hangul where known; null for names without them.</summary>
    public string? Script { get; private init; }

    /// <summary>True when a token stands for a number (<see cref="Numbers"/>).</summary>
    public bool HasNumbers { get; }

    /// <summary>True when a token is <see cref="TokenClass.Strong"/>: the name says which one, not only what kind.</summary>
    public bool HasStrongTokens { get; }

    /// <summary>True when a legal form (not a vessel prefix) qualifies the name.</summary>
    public bool HasForms { get; }

    /// <summary>True when a country or trading city qualifies the name.</summary>
    public bool HasPlaces { get; }

    /// <summary>True when nothing was left after folding (punctuation only, or an empty name).</summary>
    public bool IsEmpty => Tokens.Length == 0;

    /// <summary>Which <see cref="NameLimits"/> this name hit while it was prepared; <see cref="NameCuts.None"/> for real names.</summary>
    public NameCuts Cuts { get; }

    /// <summary>Prepares each fold variant of <paramref name="raw"/> (two when it holds Han characters).</summary>
    public static PreparedName[] PrepareAll(string raw)
    {
        var folds = NameNormalizer.FoldVariants(raw);
        var script = CjkScript.Key(raw);
        var result = new PreparedName[folds.Count];
        for (var i = 0; i < folds.Count; i++)
        {
            result[i] = script is null ? FromFolded(folds[i]) : FromFolded(folds[i]).WithScript(script);
        }

        return result;
    }

    /// <summary>Prepares the first (Korean-reading) fold of <paramref name="raw"/>.</summary>
    public static PreparedName Prepare(string raw)
    {
        var p = FromFolded(NameNormalizer.Fold(raw));
        return CjkScript.Key(raw) is { } script ? p.WithScript(script) : p;
    }

    PreparedName WithScript(string script) =>
        new(Folded, Tokens, Keys, Classes, Numbers, Cuts) { Script = script };

    /// <summary>Prepares text that is already folded by <see cref="NameNormalizer"/>.</summary>
    public static PreparedName FromFolded(string folded)
    {
        var limits = NameLimits.Default;
        var cuts = NameCuts.None;
        var split = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (split.Length > limits.MaxTokensPerName)
        {
            split = split[..limits.MaxTokensPerName];
            cuts |= NameCuts.TokensDropped;
        }

        for (var i = 0; i < split.Length; i++)
        {
            if (split[i].Length > limits.MaxTokenLength)
            {
                split[i] = split[i][..limits.MaxTokenLength];
                cuts |= NameCuts.TokenCut;
            }
        }

        var list = new List<string>(split);
        NumberTokens.Rewrite(list);
        LegalForms.Rewrite(list);
        Places.Rewrite(list);
        var tokens = list.ToArray();
        folded = string.Join(' ', tokens);

        var keys = new string[tokens.Length];
        var classes = new TokenClass[tokens.Length];
        var numbers = new string?[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            classes[i] = t.AsSpan().ContainsAnyInRange('0', '9') ? TokenClass.Numeric
                : WeakTokens.IsForm(t) ? TokenClass.Form
                : WeakTokens.IsWeak(t) || Places.IsPlace(t) ? TokenClass.Weak
                : TokenClass.Strong;
            if (classes[i] == TokenClass.Numeric)
            {
                numbers[i] = t;
            }
            else if (i > 0 && i == tokens.Length - 1 && NumberTokens.RomanValue(t) is var roman and > 0)
            {
                numbers[i] = roman.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var key = classes[i] == TokenClass.Numeric ? t : RomanisationKey.Compute(t);
            keys[i] = key == t ? t : key; // same instance when unchanged, so comparers can skip a second pass
        }

        return new PreparedName(folded, tokens, keys, classes, numbers, cuts);
    }

    /// <summary>The folded form.</summary>
    public override string ToString() => Folded;
}

/// <summary>Which <see cref="NameLimits"/> a prepared name hit.</summary>
[Flags]
public enum NameCuts : byte
{
    /// <summary>No limit was hit.</summary>
    None = 0,
    /// <summary>A token was longer than <see cref="NameLimits.MaxTokenLength"/> and was cut.</summary>
    TokenCut = 1,
    /// <summary>The name had more than <see cref="NameLimits.MaxTokensPerName"/> tokens; the rest were dropped.</summary>
    TokensDropped = 2,
}

/// <summary>What a token contributes to a comparison.</summary>
public enum TokenClass : byte
{
    /// <summary>A distinctive word: it says which entity, not only what kind.</summary>
    Strong = 0,
    /// <summary>A generic word, function word or place (<see cref="WeakTokens"/>, <see cref="Places"/>).</summary>
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
