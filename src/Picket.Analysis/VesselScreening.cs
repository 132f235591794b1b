using System.Globalization;
using Picket.Core.Assessment;
using Picket.Core.Vessels;
using Picket.Screening.Matching;
using Picket.Screening.Model;

namespace Picket.Analysis;

/// <summary>
/// Screens every identity a vessel broadcast (each name, IMO and MMSI in its history) against the loaded lists, then
/// judges each entry found as a listing, a lead or a note by whether it is the same hull (<see cref="HullJudgement"/>).
/// </summary>
internal static class VesselScreening
{
    public static IReadOnlyList<ListMatchEvidence> Screen(Screener screener, VesselRecord record)
    {
        var candidates = new Dictionary<string, SanctionedEntity>(StringComparer.Ordinal);
        var queries = record.History
            .Select(h => new ScreeningQuery(Name: h.Name, Schema: EntitySchema.Vessel, Imo: h.Imo?.ToString(CultureInfo.InvariantCulture),
                Mmsi: h.Mmsi.Value.ToString(CultureInfo.InvariantCulture), CallSign: h.CallSign))
            .DefaultIfEmpty(new ScreeningQuery(Schema: EntitySchema.Vessel, Mmsi: record.Mmsi.Value.ToString(CultureInfo.InvariantCulture)))
            .Distinct();
        foreach (var q in queries)
            foreach (var r in screener.Screen(q))
                candidates.TryAdd(r.Entity.Id, r.Entity);
        return candidates.Count == 0 ? [] : HullJudgement.Judge(new BroadcastIdentity(record), candidates.Values, screener.Scorer, screener.Options);
    }

    /// <summary>
    /// The results kept in the store's <c>screening_results</c>: listings as they are, leads with <c>matched_on</c>
    /// marked <c>lead:</c> so a query never shows a lead as a listing; notes are left out (they are not matches).
    /// </summary>
    public static IReadOnlyList<ListMatchEvidence> ForStore(IReadOnlyList<ListMatchEvidence> matches) =>
        [.. matches.Where(m => m.Standing != ListMatchStanding.Note)
            .Select(m => m.Standing == ListMatchStanding.Lead ? m with { MatchedOn = "lead:" + m.MatchedOn } : m)];
}
