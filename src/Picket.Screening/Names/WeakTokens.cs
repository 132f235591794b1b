using System.Collections.Frozen;

namespace Picket.Screening.Names;

/// <summary>
/// Tokens that say little about who someone is: legal forms (LTD, LLC, JSC, OOO, 有限公司 → "ltd"),
/// vessel prefixes (MV, M/V, MT, M.T. — folded to "mv", "mt") and function words. They still count in a
/// comparison, with a small weight, so that "SHIPPING CO LTD" alone never makes a match
/// (watchman #483, nomenklatura PR #164 discuss the false positives this causes when not done).
/// </summary>
public static class WeakTokens
{
    static readonly FrozenSet<string> LegalFormWords = FrozenSet.ToFrozenSet(
    [
        // spellings not rewritten to a LegalForms code
        "limitada",
    ]);

    static readonly FrozenSet<string> VesselPrefixes = FrozenSet.ToFrozenSet(["mv", "mt", "ms", "mts", "ss", "fv", "mvs", "sy", "rv", "tss", "mst", "mfv"]);

    static readonly FrozenSet<string> Generic = FrozenSet.ToFrozenSet(
    [
        // generic business words
        "shipping", "trading", "trade", "international", "intl", "enterprise", "enterprises", "industrial", "industries",
        "group", "holding", "holdings", "general", "management", "maritime", "marine", "navigation", "logistics",
        "services", "service", "import", "export", "global", "investment", "investments", "development",
        // function words and articles of several languages
        "the", "of", "and", "for", "de", "del", "la", "le", "el", "al", "von", "van", "der", "y", "e", "und", "da", "do",
    ]);

    /// <summary>A legal form as written in a folded name, spelt out or abbreviated ("limited", "ooo", "gmbh").</summary>
    public static bool IsLegalForm(string token) => LegalFormWords.Contains(token) || Names.LegalForms.IsFormWord(token);

    /// <summary>A legal-form code (after rewriting) or a vessel prefix: says what kind of thing, not which one.</summary>
    public static bool IsForm(string token) => LegalFormWords.Contains(token) || Names.LegalForms.IsForm(token) || VesselPrefixes.Contains(token);

    /// <summary>True for a vessel prefix (MV, MT, SS…).</summary>
    public static bool IsVesselPrefix(string token) => VesselPrefixes.Contains(token);

    /// <summary>True for a legal form, a vessel prefix or a generic word: it says what kind of thing, not which one.</summary>
    /// <param name="token">A folded token.</param>
    public static bool IsWeak(string token) => IsForm(token) || Generic.Contains(token);
}
