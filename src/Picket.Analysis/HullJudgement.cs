using Picket.Core.Assessment;
using Picket.Screening.Matching;
using Picket.Screening.Model;

namespace Picket.Analysis;

/// <summary>
/// Decides whether a list entry the screener found for a vessel is that hull. A ship name is not an identity:
/// <list type="bullet">
/// <item>the listed IMO broadcast → listing; the listed MMSI broadcast → listing;</item>
/// <item>a valid IMO broadcast that differs from every IMO the list gives → another ship: a note, never a match;</item>
/// <item>a name must pass <see cref="ShipNameRule"/> (near-exact for short names) and then needs facts beside it —
///   call sign, a second broadcast name of the same entry, flag or former flag — to count as a listing;</item>
/// <item>one name matching several different hulls is a common name: weak, so only strong facts lift it;</item>
/// <item>a name (or call sign) without such facts is a lead for the analyst.</item>
/// </list>
/// After OpenSanctions' identifier-first vessel matching (logic-v2 vessel_imo_mmsi_match) and its rule that vessel
/// names are compared strictly; the corroboration tiers are ours.
/// </summary>
internal static class HullJudgement
{
    public static IReadOnlyList<ListMatchEvidence> Judge(BroadcastIdentity vessel, IEnumerable<SanctionedEntity> candidates, NameScorer scorer, ScreeningOptions options)
    {
        var judged = new List<ListMatchEvidence>();
        var byName = new List<(ListMatchEvidence Match, string Hull)>();
        foreach (var entity in candidates)
        {
            var verdict = Judge(vessel, entity, scorer, options);
            if (verdict == null) continue;
            if (verdict.Standing != ListMatchStanding.Note && verdict.MatchedOn is "name" or "former_name") byName.Add((verdict, Hull(entity)));
            else judged.Add(verdict);
        }
        // The same hull may be listed by several lists (one IMO): that is one hull, not rivals.
        int hulls = byName.Select(b => b.Hull).Distinct(StringComparer.Ordinal).Count();
        foreach (var (m, hull) in byName)
        {
            int rivals = hulls - 1;
            judged.Add(Standing(m with { NameRivals = rivals }));
        }
        return [.. judged.OrderBy(m => m.Standing).ThenByDescending(m => m.Score).ThenBy(m => m.EntryId, StringComparer.Ordinal)];
    }

    private static ListMatchEvidence Standing(ListMatchEvidence m)
    {
        if (m.IsStronglyCorroborated) return m with { Standing = ListMatchStanding.Listing };
        if (m.CorroborationWeight == 1 && m.NameRivals == 0) return m with { Standing = ListMatchStanding.Listing };
        string why = m.CorroborationWeight == 0 ? "name only, nothing else ties the vessel to the entry" : $"name and only {string.Join(", ", m.Corroboration)}";
        if (m.NameRivals > 0) why += $"; the name also matches {m.NameRivals} other listed ship(s), a sign of a common name";
        return m with { Standing = ListMatchStanding.Lead, Note = m.Note is null ? why : $"{why}; {m.Note}" };
    }

    private static ListMatchEvidence? Judge(BroadcastIdentity v, SanctionedEntity e, NameScorer scorer, ScreeningOptions options)
    {
        var shipImos = e.IdentifiersOf(IdentifierKind.ImoShip).ToList();
        string list = e.Source.ToString();
        if (v.Imos.FirstOrDefault(shipImos.Contains) is { } imo)
            return new(list, e.Id, e.Caption, "imo", options.ImoMatchScore) { Corroboration = [$"IMO {imo}"] };
        var companyImo = v.Imos.FirstOrDefault(i => e.IdentifiersOf(IdentifierKind.ImoCompany).Contains(i));
        var names = NameHits(v, e, scorer, options.Threshold);
        bool mmsi = e.IdentifiersOf(IdentifierKind.Mmsi).Contains(v.Mmsi);
        var callSign = v.CallSigns.FirstOrDefault(c => e.IdentifiersOf(IdentifierKind.CallSign).Contains(c));

        if (v.ValidImos.Count > 0 && shipImos.Count > 0)
        {
            // Another hull: a name, MMSI or call sign shared with a listed ship is a coincidence or a reassignment.
            if (names.Count == 0 && !mmsi && callSign == null) return null;
            string on = names.Count > 0 ? names[0].On : mmsi ? "mmsi" : "call_sign";
            double score = names.Count > 0 ? names[0].Score : mmsi ? options.MmsiMatchScore : options.CallSignMatchScore;
            return new(list, e.Id, e.Caption, on, score)
            {
                Standing = ListMatchStanding.Note,
                Note = $"broadcast IMO {string.Join("/", v.ValidImos)} is not the listed IMO {string.Join("/", shipImos)}: another ship",
            };
        }
        if (mmsi) return new(list, e.Id, e.Caption, "mmsi", options.MmsiMatchScore) { Corroboration = [$"MMSI {v.Mmsi}"] };
        if (companyImo != null)
            return new(list, e.Id, e.Caption, "imo", options.ImoMatchScore)
            {
                Standing = ListMatchStanding.Lead,
                Note = $"broadcast IMO {companyImo} is the listed company number of this entry, not a ship's",
            };
        if (names.Count == 0)
        {
            if (callSign == null) return null;
            return new(list, e.Id, e.Caption, "call_sign", options.CallSignMatchScore)
            {
                Standing = ListMatchStanding.Lead,
                Note = $"call sign {callSign} alone; call signs are reassigned",
            };
        }
        var (facts, weight, caveat) = Corroboration.Of(v, e, names, callSign, shipImos.Count > 0);
        return new(list, e.Id, e.Caption, names[0].On, names[0].Score) { Corroboration = facts, CorroborationWeight = weight, Note = caveat };
    }

    /// <summary>Broadcast names that pass the ship-name rule against a name of the entry, best first.</summary>
    private static List<NameHit> NameHits(BroadcastIdentity v, SanctionedEntity e, NameScorer scorer, double threshold)
    {
        var hits = new List<NameHit>();
        foreach (var broadcast in v.Names)
        {
            NameHit? best = null;
            foreach (var n in e.Names)
            {
                if (!ShipNameRule.MayBeSameShip(broadcast, n.Value)) continue;
                double score = scorer.Compare(broadcast, n.Value).Score;
                if (score >= threshold && (best == null || score > best.Value.Score))
                    best = new NameHit(broadcast, n.Value, n.Kind == NameKind.Former ? "former_name" : "name", score);
            }
            if (best != null) hits.Add(best.Value);
        }
        hits.Sort((a, b) => b.Score.CompareTo(a.Score));
        return hits;
    }

    private static string Hull(SanctionedEntity e) => e.IdentifiersOf(IdentifierKind.ImoShip).Order(StringComparer.Ordinal).FirstOrDefault() is { } imo ? "imo:" + imo : e.Id;
}

/// <summary>A broadcast name that passed the ship-name rule against one name of a list entry.</summary>
internal readonly record struct NameHit(string Broadcast, string Listed, string On, double Score);
