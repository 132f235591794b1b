using System.Collections.Frozen;

namespace Picket.Screening.Names;

/// <summary>
/// Legal forms as one concept across languages: "Aktiengesellschaft" and "AG", "Open Joint Stock Company", "OAO",
/// "OJSC" and "PAO", "ООО", "OOO" and "LLC" are each one code. A legal form is a qualifier of a company name, never
/// part of the name: it pairs only with a compatible form, and conflicting forms ("GmbH" vs "AG", "OOO" vs "ZAO")
/// mean different companies. Codes and their families follow the ISO 20275 Entity Legal Forms list (GLEIF) in
/// spirit: private limited-liability forms, joint-stock forms, partnerships, and generic English words.
/// </summary>
public static class LegalForms
{
    /// <summary>What kind of company a form makes.</summary>
    enum Family : byte
    {
        /// <summary>"Co", "Ltd", "Inc", "Corp": used loosely in translations, compatible with any company form.</summary>
        Generic,
        /// <summary>Private limited liability: LLC, OOO, GmbH, SARL, Srl, BV, Oy.</summary>
        Limited,
        /// <summary>Joint-stock companies: JSC/AO, PJSC/OAO/PAO, CJSC/ZAO, AG, SA, NV, SpA, AB, Oyj, KK.</summary>
        JointStock,
        /// <summary>Partnerships: LP, LLP, KG.</summary>
        Partnership,
    }

    // Spelled-out forms (folded, tokens separated by spaces) and abbreviations → code. Longest phrase wins.
    static readonly (string Phrase, string Code)[] Phrases =
    [
        ("aktiengesellschaft", "ag"), ("gesellschaft mit beschrankter haftung", "gmbh"), ("kommanditgesellschaft", "kg"),
        ("open joint stock company", "pjsc"), ("public joint stock company", "pjsc"), ("otkrytoe aktsionernoe obshchestvo", "pjsc"),
        ("otkrytoye aktsionernoye obshchestvo", "pjsc"), ("publichnoe aktsionernoe obshchestvo", "pjsc"), ("oao", "pjsc"), ("ojsc", "pjsc"), ("pao", "pjsc"),
        ("closed joint stock company", "cjsc"), ("zakrytoe aktsionernoe obshchestvo", "cjsc"), ("zakrytoye aktsionernoye obshchestvo", "cjsc"),
        ("zao", "cjsc"),
        ("joint stock company", "jsc"), ("aktsionernoe obshchestvo", "jsc"), ("aktsionernoye obshchestvo", "jsc"), ("ao", "jsc"),
        ("limited liability company", "llc"), ("obshchestvo s ogranichennoy otvetstvennostyu", "llc"),
        ("obshchestvo s ogranichennoi otvetstvennostiu", "llc"), ("ooo", "llc"), ("tov", "llc"),
        ("limited liability partnership", "llp"), ("limited partnership", "lp"),
        ("public limited company", "plc"), ("company limited", "co ltd"), ("coltd", "co ltd"), ("limited", "ltd"),
        ("company", "co"), ("corporation", "corp"), ("incorporated", "inc"), ("private", "pte"), ("pvt", "pte"),
        ("societe anonyme", "sa"), ("sociedad anonima", "sa"), ("s a", "sa"),
        ("societe a responsabilite limitee", "sarl"), ("s a r l", "sarl"),
        ("societa per azioni", "spa"), ("s p a", "spa"), ("societa a responsabilita limitata", "srl"), ("s r l", "srl"),
        ("sociedad limitada", "sl"), ("sociedad de responsabilidad limitada", "srl"),
        ("besloten vennootschap", "bv"), ("b v", "bv"), ("naamloze vennootschap", "nv"), ("n v", "nv"),
        ("kabushiki kaisha", "kk"), ("kabushiki gaisha", "kk"), ("k k", "kk"),
        ("aktiebolag", "ab"), ("aktiebolaget", "ab"), ("julkinen osakeyhtio", "oyj"), ("osakeyhtio", "oy"),
        ("aksjeselskap", "as"), ("aktieselskab", "as"), ("allmennaksjeselskap", "asa"),
        ("sendirian berhad", "sdn bhd"), ("perseroan terbatas", "pt"), ("l l c", "llc"), ("p l c", "plc"),
        // dotted vessel prefixes ("M.V.", "M.T.") split into letters by the fold; rejoined here (not legal forms)
        ("m v", "mv"), ("m t", "mt"), ("m s", "ms"), ("s s", "ss"), ("f v", "fv"),
    ];

    // Russian abbreviations that are also Chinese syllables (Ao, Pao, Zao): a form only where Russian usage puts it,
    // first ("OOO Romashka"), or last after a company word or three words ("Maritime Alliance ZAO", "Rosneft Oil Company PAO").
    static readonly FrozenSet<string> SyllableLike = FrozenSet.ToFrozenSet(["ao", "pao", "zao", "oao", "tov"]);

    static readonly FrozenDictionary<string, Family> Codes = new Dictionary<string, Family>
    {
        ["co"] = Family.Generic, ["ltd"] = Family.Generic, ["inc"] = Family.Generic, ["corp"] = Family.Generic,
        ["plc"] = Family.Generic, ["pte"] = Family.Generic, ["pty"] = Family.Generic, ["sdn"] = Family.Generic,
        ["bhd"] = Family.Generic, ["jv"] = Family.Generic, ["est"] = Family.Generic, ["establishment"] = Family.Generic,
        ["fze"] = Family.Generic, ["fzco"] = Family.Generic, ["fzc"] = Family.Generic, ["fzllc"] = Family.Generic,
        ["wll"] = Family.Generic, ["pt"] = Family.Generic, ["cc"] = Family.Generic, ["ltda"] = Family.Generic, ["sae"] = Family.Generic,
        ["llc"] = Family.Limited, ["gmbh"] = Family.Limited, ["sarl"] = Family.Limited, ["srl"] = Family.Limited,
        ["sl"] = Family.Limited, ["bv"] = Family.Limited, ["oy"] = Family.Limited, ["sas"] = Family.Limited,
        ["jsc"] = Family.JointStock, ["pjsc"] = Family.JointStock, ["cjsc"] = Family.JointStock, ["ag"] = Family.JointStock,
        ["sa"] = Family.JointStock, ["nv"] = Family.JointStock, ["spa"] = Family.JointStock, ["ab"] = Family.JointStock,
        ["oyj"] = Family.JointStock, ["kk"] = Family.JointStock, ["as"] = Family.JointStock, ["asa"] = Family.JointStock,
        ["lp"] = Family.Partnership, ["llp"] = Family.Partnership, ["kg"] = Family.Partnership, ["cv"] = Family.Partnership,
    }.ToFrozenDictionary();

    // The form that stands for its whole family in translations ("OOO" is rendered "LLC", "AO" "JSC").
    static readonly FrozenSet<string> FamilyWide = FrozenSet.ToFrozenSet(["llc", "jsc"]);

    static readonly FrozenDictionary<string, string> ByPhrase = Phrases.ToFrozenDictionary(p => p.Phrase, p => p.Code);
    static readonly PhraseTable Table = new(Phrases);

    /// <summary>True for a legal-form code or a one-word spelling of one ("aktiengesellschaft", "ooo", "limited").</summary>
    public static bool IsFormWord(string token) => Codes.ContainsKey(token) || (ByPhrase.TryGetValue(token, out var code) && Codes.ContainsKey(code.Split(' ')[^1]));

    /// <summary>True for a legal-form code (after <see cref="Rewrite"/>).</summary>
    public static bool IsForm(string token) => Codes.ContainsKey(token);

    /// <summary>
    /// Whether two forms can name the same company: equal, a generic word beside a company form, or the family-wide
    /// form beside a form of its family (LLC/GmbH, JSC/AG). Partnerships are only compatible with themselves.
    /// </summary>
    public static bool Compatible(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (!Codes.TryGetValue(a, out var fa) || !Codes.TryGetValue(b, out var fb))
        {
            return true; // not a legal form (a vessel prefix): no claim about the company
        }

        if (fa == Family.Partnership || fb == Family.Partnership)
        {
            return false;
        }

        if (fa == Family.Generic || fb == Family.Generic)
        {
            return true;
        }

        return fa == fb && (FamilyWide.Contains(a) || FamilyWide.Contains(b));
    }

    /// <summary>Rewrites spelled-out and dotted forms in <paramref name="tokens"/> to their codes.</summary>
    internal static void Rewrite(List<string> tokens) => Table.Rewrite(tokens, NotAFormHere);

    /// <summary>A Russian abbreviation that is also a Chinese syllable, away from where Russian usage puts forms.</summary>
    static bool NotAFormHere(List<string> tokens, int i) =>
        SyllableLike.Contains(tokens[i]) && i != 0 && !(i == tokens.Count - 1 && (i >= 3 || tokens.Take(i).Any(WeakTokens.IsWeak)));
}
