using System.Globalization;
using Picket.Core.Voyages;

namespace Picket.Core.Assessment;

/// <summary>
/// Voyage irregularities (practice 5 of the May 2020 OFAC/State/USCG maritime advisory) read from a hull's voyages: a
/// declared destination that was not where the ship went, a passage far longer than the direct one, and long loitering
/// before a port. Each is weak alone — crews forget to update the field, ships wait for a berth — so each weighs little
/// and all share the practice's cap; what they add is corroboration of the stronger signs.
/// </summary>
internal static class VoyageFactors
{
    public static IEnumerable<RiskFactor> For(IEnumerable<Voyage> voyages, RiskWeights w)
    {
        foreach (var v in voyages)
        {
            var ids = Ids(v);
            if (v.DestinationMismatch && v.ToPort is { } reached && v.Declared.LastOrDefault(d => d.IsResolved).Port is { } declared)
                yield return new RiskFactor(DeceptivePractice.VoyageIrregularities, w.DestinationNotVisited,
                    $"declared {declared.Name} ('{v.Declared.Last(d => d.IsResolved).Text}') but went to {reached.Name}", ids);
            if (v.ExcessHours is { } excess && excess >= w.IndirectRoutingHours.TotalHours)
                yield return new RiskFactor(DeceptivePractice.VoyageIrregularities, w.IndirectRouting,
                    string.Create(CultureInfo.InvariantCulture, $"{v.FromPort?.Name} → {v.ToPort?.Name} took {excess:0} h longer than a direct passage"), ids);
            if (v.To is { } to)
            {
                var before = v.Loitering.Where(l => to.Start - l.End <= w.LoiteringBeforePortWithin && l.End - l.Start >= w.LongLoitering).ToList();
                if (before.Count > 0)
                    yield return new RiskFactor(DeceptivePractice.VoyageIrregularities, w.LoiteringBeforePort,
                        string.Create(CultureInfo.InvariantCulture, $"loitered {before.Max(l => (l.End - l.Start).TotalHours):0} h at sea before calling at {to.Port.Name}"),
                        [.. before.Select(l => l.EventId), to.EventId]);
            }
        }
    }

    private static List<string> Ids(Voyage v)
    {
        var ids = new List<string>(2);
        if (v.From is { } f) ids.Add(f.EventId);
        if (v.To is { } t) ids.Add(t.EventId);
        return ids;
    }
}
