namespace Picket.Core.Assessment;

/// <summary>
/// The list-match part of a vessel's risk. A hull identified by IMO or MMSI is on the list and weighs in full; a name
/// backed by independent facts weighs by how strong they are; a name alone is a lead: only the best lead counts, it is
/// shared among the list entries the name also matched, and it can never make a vessel high risk by itself; of several
/// name-based listings (one hull on two lists) only the best counts.
/// A note (another ship's IMO) weighs nothing.
/// </summary>
internal static class ListMatchFactors
{
    public static IEnumerable<RiskFactor> For(IEnumerable<ListMatchEvidence> matches, RiskWeights w)
    {
        ListMatchEvidence? bestLead = null;
        double bestLeadPoints = 0;
        int leads = 0;
        RiskFactor? bestName = null;
        foreach (var m in matches)
        {
            if (m.Standing == ListMatchStanding.Note) continue;
            if (m.Standing == ListMatchStanding.Lead)
            {
                leads++;
                // Several entries hit by one name are a sign the name is common, not that the ship is doubly listed.
                double points = w.ListMatchLead * m.Score / (1 + m.NameRivals);
                if (bestLead == null || points > bestLeadPoints) (bestLead, bestLeadPoints) = (m, points);
                continue;
            }
            var factor = Listing(m, w);
            if (m.MatchedOn is "imo" or "mmsi" or "owner") { if (factor.Points > 0) yield return factor; }
            // The same hull named by two lists is one fact, not two: only the best name-based listing counts.
            else if (bestName == null || factor.Points > bestName.Points) bestName = factor;
        }
        if (bestName is { Points: > 0 }) yield return bestName;
        if (bestLead != null && bestLeadPoints > 0)
        {
            string others = leads > 1 ? $"; {leads - 1} other lead(s) not counted" : "";
            yield return new RiskFactor(DeceptivePractice.ListMatch, bestLeadPoints,
                $"lead, not a listing: {Entry(bestLead)} matched on {bestLead.MatchedOn} alone (score {bestLead.Score:0.00}){Because(bestLead)}{others}", []);
        }
    }

    private static RiskFactor Listing(ListMatchEvidence m, RiskWeights w)
    {
        if (m.MatchedOn is "imo" or "mmsi")
            return new(DeceptivePractice.ListMatch, w.ListMatchIdentifier, $"{Entry(m)} matched on {m.MatchedOn} (score {m.Score:0.00})", []);
        if (m.MatchedOn == "owner")
            return new(DeceptivePractice.ComplexOwnership, w.ListMatchOwner * m.Score, $"{Entry(m)} matched on owner (score {m.Score:0.00})", []);
        double weight = m.IsStronglyCorroborated ? w.ListMatchCorroborated : w.ListMatchWeaklyCorroborated;
        string by = m.Corroboration.Count > 0 ? $", corroborated by {string.Join(", ", m.Corroboration)}" : "";
        return new(DeceptivePractice.ListMatch, weight * m.Score, $"{Entry(m)} matched on {m.MatchedOn}{by} (score {m.Score:0.00})", []);
    }

    private static string Entry(ListMatchEvidence m) => $"{m.ListSource} {m.EntryId} \"{m.EntryName}\"";

    private static string Because(ListMatchEvidence m) => m.Note is null ? "" : $": {m.Note}";
}
