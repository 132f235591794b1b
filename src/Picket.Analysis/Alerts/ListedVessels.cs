using Picket.Core.Assessment;
using Picket.Core.Vessels;
using Picket.Screening.Lists;

namespace Picket.Analysis.Alerts;

/// <summary>
/// Whether a vessel an alert rule sees is on the sanctions lists, judged exactly as <c>picket analyze</c> judges it
/// (<see cref="VesselScreening"/>: every identity the vessel broadcast so far, screened, then each entry found weighed as
/// a listing, a lead or a note by whether it is the same hull): only a listing makes the vessel watched, so a common
/// name alone never does. The identity tracker's record is read at the moment of asking, with the identity the rule
/// saw added when the record lacks it (a new name is what <c>watchlist_identity</c> is about). Answers are remembered
/// per record size, up to <see cref="MaxAnswers"/>, so a vessel is screened again only when it broadcast something new.
/// </summary>
internal sealed class ListedVessels(SanctionsLists lists, IdentityTracker identities)
{
    /// <summary>Answers kept at most (then forgotten all at once: memory stays bounded on any feed).</summary>
    public const int MaxAnswers = 100_000;

    private readonly Dictionary<(uint Mmsi, int Entries, long? Imo, string? Name), string?> _answers = [];

    /// <summary>Screened records (not counting remembered answers).</summary>
    public long Screened { get; private set; }

    /// <summary>Why the vessel is listed (list, entry and what matched), or null when it is not.</summary>
    public string? Why(Mmsi mmsi, long? imo, string? name)
    {
        identities.TryGetRecord(mmsi, out var record);
        int entries = record?.History.Count ?? 0;
        var key = (mmsi.Value, entries, imo, name);
        if (_answers.TryGetValue(key, out var known)) return known;
        if (_answers.Count >= MaxAnswers) _answers.Clear();
        var history = record?.History ?? [];
        int? hull = imo is > 0 and <= int.MaxValue ? (int)imo.Value : null;
        if ((hull != null || name != null) && !history.Any(h => h.Imo == hull && string.Equals(h.Name, name, StringComparison.Ordinal)))
            history = [.. history, new VesselIdentity(mmsi, DateTimeOffset.UnixEpoch, name, hull, null, null, null, null, null, null, false)];
        var screened = (record ?? new VesselRecord(mmsi, mmsi.Flag, IdentityFlags.None, [], 0)) with { History = history };
        Screened++;
        var listing = VesselScreening.Screen(lists.Screener, screened).FirstOrDefault(m => m.Standing == ListMatchStanding.Listing);
        var why = listing == null ? null : $"{listing.ListSource} {listing.EntryName} ({listing.MatchedOn})";
        _answers[key] = why;
        return why;
    }
}
