using Picket.Core.Events;

namespace Picket.Core.Vessels;

/// <summary>
/// Keeps the identity timeline of every MMSI from static reports (types 5, 19, 24) and emits
/// <c>identity_change</c> when a hull's identity moves: the same IMO under a new MMSI (flag hop, usually with a new
/// name and call sign), or one MMSI switching IMO, name or call sign. An index IMO → MMSI, kept for
/// <see cref="Retention"/>, connects the hull across MMSIs. Not thread-safe.
/// </summary>
public sealed class IdentityTracker
{
    private readonly IEventSink _events;
    private readonly Dictionary<Mmsi, IdentityHistory> _histories = [];
    private readonly Dictionary<int, ImoSighting> _byImo = [];

    /// <summary>A tracker that writes <c>identity_change</c> events to <paramref name="events"/> and remembers an identity for <paramref name="retention"/> (90 days by default) after its last report.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="retention"/> is zero or negative.</exception>
    public IdentityTracker(IEventSink events, TimeSpan? retention = null)
    {
        _events = events ?? throw new ArgumentNullException(nameof(events));
        Retention = retention ?? TimeSpan.FromDays(90);
        if (Retention <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(retention));
    }

    /// <summary>How long an identity is remembered after its last report (flag hops can be weeks apart).</summary>
    public TimeSpan Retention { get; }

    /// <summary>Static reports offered to <see cref="Add"/>, including the rejected ones.</summary>
    public long Reports { get; private set; }
    /// <summary>Reports refused because the MMSI is 0 or longer than nine digits (counted, never thrown).</summary>
    public long RejectedReports { get; private set; }

    /// <summary>Name/call sign/IMO changes that the next report did not repeat (garbled or reverted): recorded in the timeline, not reported.</summary>
    public long UnconfirmedChanges { get; private set; }
    /// <summary>MMSIs with an identity timeline currently held.</summary>
    public int Vessels => _histories.Count;

    /// <summary>Applies one static report to its MMSI's timeline; emits <c>identity_change</c> when a confirmed change of IMO, name or call sign, or an IMO seen under a new MMSI, moves the hull's identity.</summary>
    public void Add(in IdentityReport report)
    {
        Reports++;
        if (report.Mmsi.Value is 0 or > Mmsi.MaxValue)
        {
            RejectedReports++;
            return;
        }
        if (!_histories.TryGetValue(report.Mmsi, out var history))
            _histories[report.Mmsi] = history = new IdentityHistory(report.Mmsi);
        var (before, after, changed) = history.Apply(report);

        VesselIdentity? prior = null;
        var changes = new List<string>(4);
        var start = report.Time;
        if (changed && before is not null)
            AddFieldChanges(before, after, changes, includeImo: true);
        if (changes.Count > 0)
        {
            // One MMSI changing name, call sign or IMO waits for a later report that says it again: a single
            // garbled type 5/24 must not become an event (the timeline still records it).
            if (history.Pending is { } open)
            {
                var fromOriginal = new List<string>(3);
                AddFieldChanges(open.Before, after, fromOriginal, includeImo: true);
                if (fromOriginal.Count == 0)
                {
                    history.Pending = null; // reverted to the original: it was noise
                    UnconfirmedChanges++;
                }
            }
            else
            {
                history.Pending = new PendingIdentityChange(before!, report.Time, [.. changes]);
            }
            changes.Clear();
        }
        else if (history.Pending is { } pending && Carries(report, pending.Fields))
        {
            AddFieldChanges(pending.Before, after, changes, includeImo: report.Imo is > 0,
                includeName: report.Name is not null, includeCallSign: report.CallSign is not null);
            history.Pending = null;
            if (changes.Count > 0)
            {
                prior = pending.Before;
                start = pending.Time;
            }
            else
            {
                UnconfirmedChanges++;
            }
        }
        if (report.Imo is > 0 and var imo && after.Imo == imo && TrackImo(imo, report, after, changes) is { } hopFrom)
        {
            prior = hopFrom;
            start = report.Time;
        }
        if (changes.Count > 0 && prior is not null)
            _events.Emit(IdentityEvents.Change(prior, after, changes, start, report.Time));
    }

    /// <summary>Updates the IMO index; returns the identity the hull had under its previous MMSI if it just moved.</summary>
    private VesselIdentity? TrackImo(int imo, in IdentityReport report, VesselIdentity after, List<string> changes)
    {
        if (!_byImo.TryGetValue(imo, out var seen))
        {
            _byImo[imo] = new ImoSighting { Current = report.Mmsi, Identity = after, LastSeen = report.Time };
            return null;
        }
        VesselIdentity? prior = null;
        if (seen.Current != report.Mmsi)
        {
            // Flipping back to the MMSI just left is two transmitters sharing an IMO, not a new hop: report hops once.
            if (seen.Previous != report.Mmsi)
            {
                prior = seen.Identity;
                changes.Clear();
                changes.Add("mmsi");
                if (prior.Mmsi.Flag?.Code != after.Mmsi.Flag?.Code)
                    changes.Add("flag");
                AddFieldChanges(prior, after, changes, includeImo: false);
            }
            seen.Previous = seen.Current;
            seen.Current = report.Mmsi;
        }
        seen.Identity = after;
        if (report.Time > seen.LastSeen)
            seen.LastSeen = report.Time;
        return prior;
    }

    /// <summary>Whether the report says anything about one of the fields a pending change is about.</summary>
    private static bool Carries(in IdentityReport report, IReadOnlyList<string> fields) =>
        (report.Name is not null && fields.Contains("name"))
        || (report.CallSign is not null && fields.Contains("call_sign"))
        || (report.Imo is > 0 && fields.Contains("imo"));

    private static void AddFieldChanges(VesselIdentity before, VesselIdentity after, List<string> changes, bool includeImo,
        bool includeName = true, bool includeCallSign = true)
    {
        if (includeImo && before.Imo is not null && after.Imo is not null && before.Imo != after.Imo)
            changes.Add("imo");
        if (includeName && before.Name is not null && after.Name is not null && before.Name != after.Name)
            changes.Add("name");
        if (includeCallSign && before.CallSign is not null && after.CallSign is not null && before.CallSign != after.CallSign)
            changes.Add("call_sign");
    }

    /// <summary>The vessel record (timeline and flags) of <paramref name="mmsi"/>; false when no static report for it has been kept.</summary>
    public bool TryGetRecord(Mmsi mmsi, out VesselRecord record)
    {
        if (_histories.TryGetValue(mmsi, out var h))
        {
            record = ToRecord(h);
            return true;
        }
        record = null!;
        return false;
    }

    /// <summary>All records, ordered by MMSI.</summary>
    public IEnumerable<VesselRecord> Records() => _histories.Values.OrderBy(h => h.Mmsi.Value).Select(ToRecord);

    /// <summary>The vessel as events should name it: MMSI plus the current IMO and name when known.</summary>
    public EventVessel Resolve(Mmsi mmsi) =>
        _histories.TryGetValue(mmsi, out var h) && h.Current is { } c ? new EventVessel(mmsi, c.Imo, c.Name) : new EventVessel(mmsi);

    /// <summary>Forgets identities not reported since <paramref name="now"/> − <see cref="Retention"/>; hands each record to <paramref name="evicted"/>.</summary>
    public int EvictIdle(DateTimeOffset now, Action<VesselRecord>? evicted = null)
    {
        var cutoff = now - Retention;
        var old = _histories.Values.Where(h => h.LastReport < cutoff).ToList();
        foreach (var h in old)
        {
            evicted?.Invoke(ToRecord(h));
            _histories.Remove(h.Mmsi);
        }
        foreach (var imo in _byImo.Where(kv => kv.Value.LastSeen < cutoff).Select(kv => kv.Key).ToList())
            _byImo.Remove(imo);
        return old.Count;
    }

    private static VesselRecord ToRecord(IdentityHistory h) => new(h.Mmsi, h.Mmsi.Flag, h.Flags, [.. h.Entries], h.Reports);

    private sealed class ImoSighting
    {
        public Mmsi Current;
        public Mmsi Previous;
        public required VesselIdentity Identity;
        public DateTimeOffset LastSeen;
    }
}
