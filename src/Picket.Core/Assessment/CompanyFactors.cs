using Picket.Core.Events;

namespace Picket.Core.Assessment;

/// <summary>
/// The company part of a vessel's risk: "owned, managed or operated by a listed company". One factor per list entry
/// reached (the best path to it), weighted by role and by how surely the company is the entry. A role with dates counts
/// only when it held while the vessel was observed, and names only the vessel's events inside those dates: a manager
/// that took over after the meetings at sea does not make those meetings its ship's.
/// </summary>
internal static class CompanyFactors
{
    public static IEnumerable<RiskFactor> For(IEnumerable<CompanyLinkEvidence> links, IReadOnlyList<PicketEvent> events,
        (DateTimeOffset From, DateTimeOffset To)? observed, RiskWeights w)
    {
        var best = new Dictionary<string, (CompanyLinkEvidence Link, double Points, string[] Events)>(StringComparer.Ordinal);
        foreach (var link in links)
        {
            var inside = events.Where(e => link.HeldDuring(e.Start, e.End)).Select(e => e.Id).ToArray();
            bool held = link.From is null && link.To is null
                || inside.Length > 0
                || observed is { } o && link.HeldDuring(o.From, o.To)
                || observed is null && events.Count == 0;
            if (!held)
            {
                continue;
            }

            double points = (link.IsOwnership ? w.OwnedByListedCompany : w.ManagedByListedCompany) * link.Score;
            if (!best.TryGetValue(link.EntryId, out var b) || points > b.Points)
            {
                best[link.EntryId] = (link, points, inside);
            }
        }

        foreach (var (link, points, ids) in best.Values.OrderByDescending(b => b.Points).ThenBy(b => b.Link.EntryId, StringComparer.Ordinal))
        {
            var what = link.IsOwnership ? "owned" : link.Role == "linked_to" ? "linked by the list" : "managed or operated";
            yield return new RiskFactor(DeceptivePractice.ComplexOwnership, points,
                $"{what} by a listed company: vessel → {link.Path}; source {link.Source}", ids);
        }
    }
}
