using Picket.Screening.Matching;
using Picket.Screening.Model;
using Picket.Screening.Names;

namespace Picket.Screening.Companies;

/// <summary>
/// Finds the list entries a company name, as people write it, answers to: an entry whose name folds to the same text
/// scores 1; otherwise the screener's name matching (legal forms such as "PTE LTD", "CO., LTD", "OOO" weighed down,
/// transliteration) with a stricter threshold than a person's, because company names share many words ("SHIPPING",
/// "INTERNATIONAL", "LOGISTICS") and a near name is often a different firm. Only companies, organisations and legal
/// entities are answers. Results are cached per folded name.
/// </summary>
public sealed class CompanyMatcher(Screener screener, double threshold = CompanyMatcher.DefaultThreshold)
{
    /// <summary>
    /// Score a company name needs to count as the listed company. Measured on the decoy pairs in the tests: near names of
    /// other firms ("PROFINET SHIPPING PTE LTD" 0.87 against "PROFINET PTE. LTD.", "KOREA OCEAN SHIPPING" 0.90 against "KOREA OCEAN SHIPPING AGENCY") score below it.
    /// </summary>
    public const double DefaultThreshold = 0.91;

    readonly Dictionary<string, IReadOnlyList<CompanyListMatch>> _cache = new(StringComparer.Ordinal);
    readonly Lock _lock = new();

    /// <summary>The lowest score that counts as the listed company.</summary>
    public double Threshold => threshold;

    /// <summary>The list entries <paramref name="name"/> answers to, best first (at most five); cached per folded name, thread-safe.</summary>
    /// <param name="name">A company name as written.</param>
    public IReadOnlyList<CompanyListMatch> Match(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var fold = NameNormalizer.Fold(name);
        if (fold.Length == 0)
        {
            return [];
        }

        lock (_lock)
        {
            if (_cache.TryGetValue(fold, out var cached))
            {
                return cached;
            }
        }

        var found = screener.Screen(new ScreeningQuery(Name: name, Schema: EntitySchema.Company), threshold, 5)
            .Where(r => IsCompany(r.Entity.Schema))
            .Select(r => Of(r.Entity, Folds(r.Entity, fold) ? 1.0 : r.Score))
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.EntryId, StringComparer.Ordinal)
            .ToList();
        lock (_lock)
        {
            _cache[fold] = found;
        }

        return found;
    }

    /// <summary>A match on entry <paramref name="e"/> with <paramref name="score"/>.</summary>
    /// <param name="e">The list entry.</param>
    /// <param name="score">How surely, in [0, 1].</param>
    public static CompanyListMatch Of(SanctionedEntity e, double score) => new(e.Id, e.Caption, e.Source, score, e.Programs);

    /// <summary>True for a schema a company name may match: a company, an organisation, or a legal entity not said which.</summary>
    /// <param name="schema">The entry's schema.</param>
    public static bool IsCompany(EntitySchema schema) => schema is EntitySchema.Company or EntitySchema.Organization or EntitySchema.LegalEntity;

    static bool Folds(SanctionedEntity e, string fold) => e.Names.Any(n => NameNormalizer.Fold(n.Value) == fold);
}
