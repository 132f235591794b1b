using System.Runtime.InteropServices;
using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Input;
using Picket.Core.Ports;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Voyages;

/// <summary>
/// Gathers, per MMSI, what the voyage builder and the chain finder read: the detectors' port calls, gaps, meetings and
/// loitering (as an <see cref="IEventSink"/>), the crew's draught and destination (only when they change), the ship type
/// and the span of fixes. Memory follows events and declared changes, not positions; a hull that floods the destination
/// field is capped at <see cref="MaxDeclaredPerHull"/> records and the excess is counted.
/// </summary>
/// <param name="ports">The ports calls are matched to; the built-in table when null.</param>
public sealed class HullActivityCollector(PortTable? ports = null) : IEventSink
{
    /// <summary>The most draught and destination records kept per hull; AIS crews change them a few times a voyage.</summary>
    public const int MaxDeclaredPerHull = 2_000;

    private readonly PortTable _ports = ports ?? PortTable.Default;
    private readonly Dictionary<uint, HullActivity> _hulls = [];

    /// <summary>Every hull heard or named in an event so far.</summary>
    public IReadOnlyCollection<HullActivity> Hulls => _hulls.Values;

    /// <summary>Declared draughts or destinations dropped because a hull passed <see cref="MaxDeclaredPerHull"/>.</summary>
    public long DroppedDeclarations { get; private set; }

    /// <summary>Events that could not be read as voyage material (a port call at no known port, a gap with no end position).</summary>
    public long UnreadableEvents { get; private set; }

    /// <summary>The activity of <paramref name="mmsi"/>, or null when nothing of it was seen.</summary>
    public HullActivity? Get(Mmsi mmsi) => _hulls.GetValueOrDefault(mmsi.Value);

    /// <summary>Widens the hull's seen span to the fix.</summary>
    public void OnFix(in VesselFix fix) => Hull(fix.Mmsi).Saw(fix.Time, fix.Time);

    /// <summary>Keeps the ship type, and the draught and destination when they changed.</summary>
    public void OnIdentity(in IdentityReport r)
    {
        var h = Hull(r.Mmsi);
        if (r.ShipType is { IsAvailable: true } type) h.ShipType = type;
        if (r.DraughtMetres is { } d && (h.Draughts.Count == 0 || Math.Abs(h.Draughts[^1].Metres - d) >= 0.05))
        {
            if (h.Draughts.Count < MaxDeclaredPerHull) h.Draughts.Add(new DraughtRecord(r.Time, d));
            else DroppedDeclarations++;
        }
        if (!string.IsNullOrWhiteSpace(r.Destination) && (h.Destinations.Count == 0 || h.Destinations[^1].Text != r.Destination))
        {
            if (h.Destinations.Count < MaxDeclaredPerHull) h.Destinations.Add(new DestinationRecord(r.Time, r.Destination, r.Eta));
            else DroppedDeclarations++;
        }
    }

    /// <summary>Files port calls, closed gaps, encounters and loitering under their hulls; other events are ignored.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="e"/> is null.</exception>
    public void Emit(PicketEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        switch (e.Type)
        {
            case EventType.PortCall:
                if (e.Position is not { } at || _ports.Nearest(at.Lat, at.Lon, 1.0) is not { } near) { UnreadableEvents++; return; }
                var exit = e.Evidence is not PortCallEvidence pc || pc.ExitObserved;
                Add(e, h => h.Calls.Add(new CallRecord(e.Id, near.Port, e.Start, e.End, exit)));
                break;
            case EventType.Gap:
                GeoPoint? on = e.Evidence is GapEvidence gap ? gap.On.Position : null; // an open gap (still dark) has no end yet
                if (e.Position is not { } off || on is not { } back) { UnreadableEvents++; return; }
                Add(e, h => h.Gaps.Add(new DarkPeriod(e.Id, e.Start, e.End, off, back, e.Confidence)));
                break;
            case EventType.Encounter when e.Vessels.Count >= 2 && e.Position is { } where:
                Hull(e.Vessels[0].Mmsi).Meetings.Add(new MeetingRecord(e.Id, e.Vessels[1].Mmsi, e.Start, e.End, where, false));
                Hull(e.Vessels[1].Mmsi).Meetings.Add(new MeetingRecord(e.Id, e.Vessels[0].Mmsi, e.Start, e.End, where, false));
                break;
            case EventType.Loitering when e.Position is { } place:
                if ((e.Evidence as LoiteringEvidence)?.PossiblePartner?.Mmsi is long partner and > 0 and <= Mmsi.MaxValue)
                {
                    Add(e, h => h.Meetings.Add(new MeetingRecord(e.Id, new Mmsi((uint)partner), e.Start, e.End, place, true)));
                    Hull(new Mmsi((uint)partner)).Meetings.Add(new MeetingRecord(e.Id, e.Vessels[0].Mmsi, e.Start, e.End, place, true));
                }
                else Add(e, h => h.Loitering.Add(new LoiterRecord(e.Id, e.Start, e.End, place)));
                break;
        }
    }

    private void Add(PicketEvent e, Action<HullActivity> add)
    {
        if (e.Vessels.Count == 0) { UnreadableEvents++; return; }
        var h = Hull(e.Vessels[0].Mmsi);
        h.Saw(e.Start, e.End);
        add(h);
    }

    private HullActivity Hull(Mmsi mmsi)
    {
        // Called for every fix: one hash lookup, also when the hull is new.
        ref var h = ref CollectionsMarshal.GetValueRefOrAddDefault(_hulls, mmsi.Value, out _);
        return h ??= new HullActivity(mmsi);
    }
}

/// <summary>Passes fixes and identity reports on to the track stage and lets the collector see them on the way.</summary>
/// <param name="inner">The track stage, which receives everything after the collector.</param>
/// <param name="collector">Sees each fix and identity report first.</param>
public sealed class VoyageFeedTap(IFeedTarget inner, HullActivityCollector collector) : IFeedTarget
{
    /// <inheritdoc/>
    public void OnFix(in VesselFix fix)
    {
        collector.OnFix(fix);
        inner.OnFix(fix);
    }

    /// <inheritdoc/>
    public void OnIdentity(in IdentityReport report)
    {
        collector.OnIdentity(report);
        inner.OnIdentity(report);
    }
}
