using Picket.Screening.Companies;
using Picket.Screening.Lists;

namespace Picket.Screening.Tests.Companies;

/// <summary>The real OFAC list with its owner links resolved, and a matcher over it; built once per run.</summary>
internal static class OfacCompanies
{
    static readonly Lazy<SanctionsLists> Lists = new(() => SanctionsLists.FromResults([LoadedLists.OfacOrSkip()]));

    public static SanctionsLists ListsOrSkip()
    {
        LoadedLists.OfacOrSkip();
        return Lists.Value;
    }

    public static CompanyMatcher MatcherOrSkip() => new(ListsOrSkip().Screener);
}
