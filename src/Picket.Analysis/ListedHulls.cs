using Picket.Core.Assessment;
using Picket.Core.Vessels;
using Picket.Screening.Lists;

namespace Picket.Analysis;

/// <summary>
/// Tells the laundering-chain rule whether a meeting partner is a listed vessel (a hull the lists name, judged as the
/// assessment judges it: a <see cref="ListMatchStanding.Listing"/>, not a lead or a note). Only partners of meetings are
/// asked about, so each is screened once, on demand.
/// </summary>
internal sealed class ListedHulls(SanctionsLists lists, IEnumerable<VesselRecord> records)
{
    private readonly Dictionary<Mmsi, VesselRecord> _records = records.ToDictionary(r => r.Mmsi);
    private readonly Dictionary<Mmsi, bool> _answers = [];

    public bool IsListed(Mmsi mmsi)
    {
        if (_answers.TryGetValue(mmsi, out bool listed)) return listed;
        listed = _records.TryGetValue(mmsi, out var record)
            && VesselScreening.Screen(lists.Screener, record).Any(m => m.Standing == ListMatchStanding.Listing);
        _answers[mmsi] = listed;
        return listed;
    }
}
