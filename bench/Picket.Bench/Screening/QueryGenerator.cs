using System.Text;
using Picket.Screening.Model;

namespace Picket.Bench.Screening;

/// <summary>A benchmark query: the name sent, the entity it was made from (null for a non-matching name) and how it was altered.</summary>
internal sealed record BenchQuery(string Name, EntitySchema Schema, string? ExpectedId, string Kind);

/// <summary>
/// Deterministic queries (fixed seed): real list names perturbed by typos, reordering, romanisation variants,
/// spacing/punctuation and dropped legal forms; and invented names that are on no list.
/// </summary>
internal sealed class QueryGenerator(IReadOnlyList<SanctionedEntity> entities, int seed = 20261129)
{
    readonly Random _rng = new(seed);

    static readonly string[] Given =
    [
        "James", "Maria", "Anna", "Peter", "Laura", "Thomas", "Sofia", "Daniel", "Emma", "Lukas", "Chloe", "Mateo",
        "Olga", "Ivan", "Sergei", "Natalia", "Hiroshi", "Yuki", "Wei", "Mei", "Arjun", "Priya", "Kwame", "Amara",
        "Lars", "Ingrid", "Pedro", "Lucia", "Tomasz", "Agnieszka", "Elif", "Mehmet", "Noah", "Grace", "Oscar", "Freya",
        "Min-jun", "Seo-yeon", "Ji-hoon", "Haruto", "Aiko", "Diego", "Camila", "Finn", "Hannah", "Jonas", "Sara",
    ];

    static readonly string[] Family =
    [
        "Smith", "Johnson", "Brown", "Garcia", "Martinez", "Muller", "Schmidt", "Rossi", "Bianchi", "Dubois", "Laurent",
        "Novak", "Kowalski", "Nielsen", "Johansson", "Tanaka", "Suzuki", "Watanabe", "Wang", "Zhang", "Chen", "Nguyen",
        "Tran", "Patel", "Sharma", "Okafor", "Mensah", "Silva", "Santos", "Oliveira", "Yilmaz", "Kaya", "Andersen",
        "Fischer", "Weber", "Moreau", "Costa", "Ferreira", "Jensen", "Larsen", "Virtanen", "Horvat", "Papadopoulos",
    ];

    static readonly string[] CompanyWords =
    [
        "Blue", "Harbor", "Northern", "Summit", "Evergreen", "Pioneer", "Crescent", "Atlas", "Meridian", "Sterling",
        "Falcon", "Horizon", "Cedar", "Granite", "Silver", "Aurora", "Beacon", "Coastal", "Delta", "Orchid", "Lotus",
    ];

    static readonly string[] CompanyKinds = ["Foods", "Textiles", "Software", "Logistics", "Consulting", "Bakery", "Farms", "Dental", "Printing", "Media"];
    static readonly string[] LegalForms = ["LTD", "LLC", "GmbH", "Co., Ltd.", "S.A.", "Inc.", "PTE LTD", "JSC", "BV"];
    static readonly string[] VesselWords = ["Sea", "Ocean", "Star", "Wind", "Pearl", "Queen", "Spirit", "Glory", "Fortune", "Dawn", "Breeze", "Harmony"];

    public List<BenchQuery> Generate(int trueCount, int falseCount, ISet<string> listFolds)
    {
        var pool = entities.Where(e => e.Schema is not EntitySchema.Aircraft).ToList();
        var queries = new List<BenchQuery>(trueCount + falseCount);
        string[] kinds = ["exact", "typo", "reorder", "romanisation", "spacing", "legal-form", "typo+reorder"];
        for (var i = 0; i < trueCount; i++)
        {
            var e = pool[_rng.Next(pool.Count)];
            var names = e.Names.Where(n => n.Kind is not (NameKind.WeakAlias or NameKind.OriginalScript)).ToList();
            var name = names[_rng.Next(names.Count)].Value;
            var kind = kinds[_rng.Next(kinds.Length)];
            queries.Add(new BenchQuery(Perturb(name, kind), e.Schema, e.Id, kind));
        }

        while (queries.Count < trueCount + falseCount)
        {
            var (name, schema) = Invent();
            if (!listFolds.Contains(Picket.Screening.Names.NameNormalizer.Fold(name)))
            {
                queries.Add(new BenchQuery(name, schema, null, "non-matching"));
            }
        }

        // Interleave so the timing loop sees a realistic mix.
        return [.. queries.OrderBy(_ => _rng.Next())];
    }

    string Perturb(string name, string kind) => kind switch
    {
        "exact" => name,
        "typo" => Typo(name),
        "reorder" => Reorder(name),
        "romanisation" => Romanise(name),
        "spacing" => Spacing(name),
        "legal-form" => LegalForm(name),
        "typo+reorder" => Typo(Reorder(name)),
        _ => name,
    };

    /// <summary>One edit (substitute, delete, insert or swap) inside the longest word of five letters or more.</summary>
    string Typo(string name)
    {
        var words = name.Split(' ');
        var idx = Array.FindIndex(words, w => w.Length == words.Max(x => x.Length));
        var w = words[idx];
        if (w.Length < 5)
        {
            return name;
        }

        var p = 1 + _rng.Next(w.Length - 2);
        var letter = (char)('A' + _rng.Next(26));
        words[idx] = _rng.Next(4) switch
        {
            0 => w[..p] + letter + w[(p + 1)..],
            1 => w[..p] + w[(p + 1)..],
            2 => w[..p] + letter + w[p..],
            _ => w[..(p - 1)] + w[p] + w[p - 1] + w[(p + 1)..],
        };
        return string.Join(' ', words);
    }

    string Reorder(string name)
    {
        var words = name.Replace(",", "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return name;
        }

        // "LAST, First Middle" → "First Middle LAST", or a rotation for other names.
        var k = 1 + _rng.Next(words.Length - 1);
        return string.Join(' ', words[k..].Concat(words[..k]));
    }

    /// <summary>Swaps between McCune–Reischauer/DPRK and Revised spellings, as lists and screeners differ.</summary>
    string Romanise(string name)
    {
        var sb = new StringBuilder(name.ToLowerInvariant());
        (string From, string To)[] swaps =
        [
            ("jong", "chong"), ("chol", "cheol"), ("ong", "eong"), ("un", "eun"), ("k", "g"), ("p", "b"), ("t", "d"), ("ch", "j"),
            ("yo", "yeo"), ("ri ", "lee "), ("pak", "park"), ("choe", "choi"), ("-", " "),
        ];
        var applied = 0;
        foreach (var (from, to) in swaps.OrderBy(_ => _rng.Next()))
        {
            var s = sb.ToString();
            var at = s.IndexOf(from, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || s[at - 1] is ' ' or '-' || from.Length > 1))
            {
                sb.Remove(at, from.Length).Insert(at, to);
                if (++applied == 2)
                {
                    break;
                }
            }
        }

        return sb.ToString();
    }

    string Spacing(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return name.ToLowerInvariant();
        }

        var i = _rng.Next(words.Length - 1);
        var joiner = _rng.Next(2) == 0 ? "-" : "";
        return string.Join(' ', words[..i].Append(words[i] + joiner + words[i + 1]).Concat(words[(i + 2)..]));
    }

    string LegalForm(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var stripped = words.Where(w => !Picket.Screening.Names.WeakTokens.IsLegalForm(Picket.Screening.Names.NameNormalizer.Fold(w))).ToArray();
        return stripped.Length > 0 && stripped.Length < words.Length
            ? string.Join(' ', stripped)
            : name + " " + LegalForms[_rng.Next(LegalForms.Length)];
    }

    (string, EntitySchema) Invent() => _rng.Next(3) switch
    {
        0 => ($"{Pick(Given)} {Pick(Family)}", EntitySchema.Person),
        1 => ($"{Pick(CompanyWords)} {Pick(CompanyWords)} {Pick(CompanyKinds)} {Pick(LegalForms)}", EntitySchema.Company),
        _ => ($"{Pick(VesselWords)} {Pick(VesselWords)} {_rng.Next(1, 30)}", EntitySchema.Vessel),
    };

    string Pick(string[] a) => a[_rng.Next(a.Length)];
}
