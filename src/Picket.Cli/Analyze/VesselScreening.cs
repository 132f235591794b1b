using System.Globalization;
using Picket.Core.Assessment;
using Picket.Core.Vessels;
using Picket.Screening.Matching;
using Picket.Screening.Model;

namespace Picket.Cli.Analyze;

/// <summary>Screens every identity a vessel broadcast (each name, IMO and MMSI in its history) against the loaded lists.</summary>
internal static class VesselScreening
{
    public static IReadOnlyList<ListMatchEvidence> Screen(Screener screener, VesselRecord record)
    {
        var best = new Dictionary<string, ListMatchEvidence>();
        var queries = record.History
            .Select(h => new ScreeningQuery(Name: h.Name, Schema: EntitySchema.Vessel, Imo: h.Imo?.ToString(CultureInfo.InvariantCulture),
                Mmsi: h.Mmsi.Value.ToString(CultureInfo.InvariantCulture), CallSign: h.CallSign))
            .DefaultIfEmpty(new ScreeningQuery(Schema: EntitySchema.Vessel, Mmsi: record.Mmsi.Value.ToString(CultureInfo.InvariantCulture)))
            .Distinct();
        foreach (var q in queries)
        {
            foreach (var r in screener.Screen(q))
            {
                var match = new ListMatchEvidence(r.Entity.Source.ToString(), r.Entity.Id, r.Entity.Caption, MatchedOn(q, r), r.Score);
                if (!best.TryGetValue(r.Entity.Id, out var seen) || seen.Score < match.Score) best[r.Entity.Id] = match;
            }
        }
        return [.. best.Values.OrderByDescending(m => m.Score)];
    }

    private static string MatchedOn(ScreeningQuery q, ScreeningResult r)
    {
        if (q.Imo != null && r.Entity.IdentifiersOf(IdentifierKind.ImoShip).Any(i => i.EndsWith(q.Imo, StringComparison.Ordinal))) return "imo";
        if (q.Mmsi != null && r.Entity.IdentifiersOf(IdentifierKind.Mmsi).Contains(q.Mmsi)) return "mmsi";
        if (r.MatchedName == null) return "call_sign";
        return r.Entity.Names.Any(n => n.Value == r.MatchedName && n.Kind == NameKind.Former) ? "former_name" : "name";
    }
}
