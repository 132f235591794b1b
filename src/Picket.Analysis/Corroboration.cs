using Picket.Core.Vessels;
using Picket.Screening.Model;

namespace Picket.Analysis;

/// <summary>
/// The facts beside a name that tie a broadcasting vessel to a listed ship, and how much they weigh: strong (2) for a
/// call sign, a second broadcast name of the same entry, or the DPRK flag on a ship listed as DPRK's; common (1) for a
/// flag or former flag that thousands of ships share. Flags do not count for a vessel that presents as a small craft
/// when the list describes an IMO-numbered ship: the size contradicts the entry.
/// </summary>
/// <remarks>
/// Ship type, dimensions and owner would corroborate too, but the list model carries none of them for a vessel today
/// (OFAC's vessel-type and tonnage columns are not kept), so they cannot be compared yet.
/// </remarks>
internal static class Corroboration
{
    public static (IReadOnlyList<string> Facts, int Weight, string? Caveat) Of(
        BroadcastIdentity v, SanctionedEntity e, IReadOnlyList<NameHit> names, string? callSign, bool listedWithImo)
    {
        var facts = new List<string>();
        int weight = 0;
        if (callSign != null) { facts.Add($"call sign {callSign}"); weight += 2; }
        // Two different names of the entry (current and former), each broadcast: a rename the list recorded. The same
        // name spelt twice ("YU SON", "YUSON") is one name.
        var distinct = names.DistinctBy(n => ShipNameRule.Compact(n.Listed)).DistinctBy(n => ShipNameRule.Compact(n.Broadcast)).ToList();
        if (distinct.Count > 1) { facts.Add($"broadcast names {string.Join(" and ", distinct.Select(n => n.Broadcast))} are both names of the entry"); weight += 2; }

        string? caveat = null;
        if (v.Flag is { } flag)
        {
            var flagFacts = new List<string>();
            int flagWeight = Flags(flag, e, flagFacts);
            if (flagWeight > 0 && v.SmallCraft != null && listedWithImo)
                caveat = $"{string.Join(", ", flagFacts)} not counted: the vessel presents as a small craft ({v.SmallCraft}), the entry as an IMO-numbered ship";
            else
            {
                facts.AddRange(flagFacts);
                weight += flagWeight;
            }
        }
        return (facts, weight, caveat);
    }

    /// <summary>OFAC's DPRK, DPRK2…DPRK4 and DPRK-NKSPEA programmes; UN, EU and UK regimes named after the country.</summary>
    internal static bool IsDprkProgramme(string programme)
    {
        if (programme.StartsWith("DPRK", StringComparison.OrdinalIgnoreCase)) return true;
        string folded = ListFlagCountry.Fold(programme);
        return folded.Contains("democratic peoples republic of korea", StringComparison.Ordinal)
            || folded.Contains("north korea", StringComparison.Ordinal) || folded.Contains("korea north", StringComparison.Ordinal);
    }

    private static int Flags(FlagState flag, SanctionedEntity e, List<string> facts)
    {
        bool current = e.Flags.Any(f => !f.IsFormer && ListFlagCountry.Names(f.Country, flag));
        bool former = e.Flags.Any(f => f.IsFormer && ListFlagCountry.Names(f.Country, flag));
        bool dprkProgramme = e.Programs.Any(IsDprkProgramme);
        // Few hulls fly the DPRK flag and UNSCR 2375 OP11 bans transfers with them: that flag on a ship listed as
        // DPRK's (by flag or by programme) is a strong tie, unlike Panama's, which thousands of ships fly.
        if (flag.IsDprk && (current || former || dprkProgramme))
        {
            facts.Add($"DPRK flag (MID {IdentityChecks.DprkMid}) on a ship listed {(current ? "under that flag" : former ? "with that former flag" : "under a DPRK programme")}");
            return 2;
        }
        if (current) { facts.Add($"flag {flag.Name}"); return 1; }
        if (former) { facts.Add($"former flag {flag.Name}"); return 1; }
        return 0;
    }
}
