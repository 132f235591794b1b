using System.Collections.Frozen;

namespace Picket.Screening.Names;

/// <summary>
/// Countries and a few trading cities as they qualify company names ("Nordea Bank (Sweden) AB", "Maersk Line
/// Singapore Ltd"): one canonical token per place, so "UK" and "United Kingdom" agree and "(Sweden)" and "(Finland)"
/// conflict. Names that are also common given names (Jordan, Chad, Georgia, Israel) are left out on purpose.
/// Country names after ISO 3166-1 English short names and their usual shipping-register forms.
/// </summary>
public static class Places
{
    static readonly (string Phrase, string Place)[] Phrases =
    [
        ("united kingdom", "uk"), ("great britain", "uk"), ("uk", "uk"), ("britain", "uk"), ("england", "uk"),
        ("united states", "usa"), ("united states of america", "usa"), ("usa", "usa"), ("u s a", "usa"),
        ("united arab emirates", "uae"), ("uae", "uae"), ("hong kong", "hongkong"), ("hongkong", "hongkong"), ("hk", "hongkong"),
        ("south korea", "korea"), ("north korea", "korea"), ("republic of korea", "korea"), ("korea", "korea"), ("dprk", "korea"),
        ("russian federation", "russia"), ("russia", "russia"), ("netherlands", "netherlands"), ("the netherlands", "netherlands"),
        ("holland", "netherlands"), ("marshall islands", "marshallislands"), ("cayman islands", "caymanislands"),
        ("british virgin islands", "bvi"), ("bvi", "bvi"), ("saudi arabia", "saudiarabia"), ("sri lanka", "srilanka"),
        ("new zealand", "newzealand"), ("south africa", "southafrica"), ("sierra leone", "sierraleone"), ("czech republic", "czechia"),
        ("prc", "china"), ("peoples republic of china", "china"),
    ];

    static readonly string[] Single =
    [
        "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia", "austria", "azerbaijan", "bahamas",
        "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "bolivia", "brazil", "bulgaria", "cambodia", "cameroon",
        "canada", "chile", "china", "colombia", "comoros", "croatia", "cuba", "cyprus", "czechia", "denmark", "ecuador", "egypt",
        "eritrea", "estonia", "ethiopia", "finland", "france", "gabon", "germany", "ghana", "greece", "guatemala", "guinea",
        "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "italy", "japan", "kazakhstan",
        "kenya", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "liberia", "libya", "lithuania", "luxembourg", "macau",
        "malaysia", "malta", "mauritius", "mexico", "moldova", "mongolia", "montenegro", "morocco", "mozambique", "myanmar",
        "namibia", "nepal", "nicaragua", "nigeria", "norway", "oman", "pakistan", "palau", "panama", "peru", "philippines",
        "poland", "portugal", "qatar", "romania", "rwanda", "senegal", "serbia", "singapore", "slovakia", "slovenia", "somalia",
        "spain", "sudan", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tunisia",
        "turkey", "turkiye", "turkmenistan", "tuvalu", "uganda", "ukraine", "uruguay", "uzbekistan", "vanuatu", "venezuela",
        "vietnam", "yemen", "zambia", "zimbabwe",
        // trading and shipping cities that qualify company names like countries do
        "geneva", "dubai", "london", "moscow", "beijing", "shanghai", "pyongyang", "dalian", "dandong", "rotterdam", "hamburg",
        "istanbul", "tehran", "vladivostok", "nakhodka", "busan", "seoul", "tokyo", "limassol", "piraeus", "athens", "fujairah",
    ];

    static readonly FrozenSet<string> Canonical = FrozenSet.ToFrozenSet(Phrases.Select(p => p.Place).Concat(Single));

    static readonly PhraseTable Table = new(Phrases.Concat(Single.Select(s => (s, s))));

    /// <summary>True for a canonical place token (after <see cref="Rewrite"/>).</summary>
    public static bool IsPlace(string token) => Canonical.Contains(token);

    /// <summary>Rewrites place names of one or more tokens in <paramref name="tokens"/> to one canonical token each.</summary>
    internal static void Rewrite(List<string> tokens) => Table.Rewrite(tokens);
}
