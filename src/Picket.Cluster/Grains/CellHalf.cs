using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Cluster.Grains;

/// <summary>
/// The per-area half of detection for one sea-cell grain: the library's area detectors (encounters, reception and
/// gaps, the dark-STS link) over the messages of its cell and halo, as the library's <c>AreaPartition</c> runs them.
/// It emits only the events whose position it owns, and hands back the sightings of those events, stamped with its
/// clock, for the vessels' draught links. A sighting can come before the event it belongs to is released (held
/// loitering): it waits until the event shows whether this cell owns it.
/// </summary>
internal sealed class CellHalf : ISightingInbox, IEventSink
{
    private const string Magic = "picket.cluster.cell";
    private const int Version = 1;
    private readonly HashSet<string> _owned = [];
    private readonly HashSet<string> _notOwned = [];
    private readonly List<TimedSighting> _waiting = [];

    public CellHalf(SeaCell cell, DetectionOptions options)
    {
        Cell = cell;
        Detectors = new AreaDetectors(new DetectorContext(options, this, m => new EventVessel(m)), this);
    }

    public SeaCell Cell { get; }

    public AreaDetectors Detectors { get; }

    /// <summary>Events this cell owns, emitted since it was created or restored.</summary>
    public List<PicketEvent> Events { get; } = [];

    /// <summary>The stream time each of <see cref="Events"/> was emitted at.</summary>
    public List<long> Emitted { get; } = [];

    /// <summary>The stream's clock as the cell was last told it (<see cref="long.MaxValue"/> in the final flush).</summary>
    public long Clock { get; set; }

    /// <summary>Sightings of owned events, in the order they were emitted, since it was created or restored.</summary>
    public List<TimedSighting> Sightings { get; } = [];

    public void OnSighting(Mmsi mmsi, in StsSighting sighting, long emittedTicks)
    {
        var s = new TimedSighting(mmsi, sighting, emittedTicks);
        if (_owned.Contains(sighting.EventId))
            Sightings.Add(s);
        else if (!_notOwned.Contains(sighting.EventId))
            _waiting.Add(s);
    }

    public void Emit(PicketEvent e)
    {
        var owned = e.Position is { } p && Cell.Owns(p.Lat, p.Lon);
        (owned ? _owned : _notOwned).Add(e.Id);
        if (owned)
        {
            Events.Add(e);
            Emitted.Add(Clock);
        }
        _waiting.RemoveAll(s =>
        {
            if (s.Sighting.EventId != e.Id)
                return false;
            if (owned)
                Sightings.Add(s);
            return true;
        });
    }

    /// <summary>Delivers one routed message, as the one-process routing does.</summary>
    public void Deliver(in AreaMessage m)
    {
        switch (m.Kind)
        {
            case AreaMessageKind.Fix:
                Detectors.OnFix(m.Fix);
                break;
            case AreaMessageKind.Gap:
                Detectors.OnGap(m.Gap);
                break;
            case AreaMessageKind.Loitering:
                Detectors.OnLoitering(m.Loitering);
                break;
            case AreaMessageKind.SegmentClosed:
                Detectors.OnSegmentClosed(m.SegmentId);
                break;
        }
    }

    public byte[] Save()
    {
        var buffer = new MemoryStream();
        using (var w = new StateWriter(buffer))
        {
            w.Header(Magic, Version);
            Detectors.Save(w);
            WriteIds(w, _owned);
            WriteIds(w, _notOwned);
            w.Write(_waiting.Count);
            foreach (var s in _waiting)
            {
                w.Write((long)s.Mmsi.Value);
                w.Sighting(s.Sighting);
                w.Write(s.EmittedTicks);
            }
        }
        return buffer.ToArray();
    }

    public void Restore(byte[] snapshot)
    {
        using var r = new StateReader(new MemoryStream(snapshot, writable: false));
        r.Header(Magic, Version);
        Detectors.Load(r);
        ReadIds(r, _owned);
        ReadIds(r, _notOwned);
        for (var n = r.Count(); n > 0; n--)
            _waiting.Add(new TimedSighting(r.Mmsi(), r.Sighting(), r.Long()));
    }

    private static void WriteIds(StateWriter w, HashSet<string> ids)
    {
        w.Write(ids.Count);
        foreach (var id in ids.Order(StringComparer.Ordinal))
            w.Write(id);
    }

    private static void ReadIds(StateReader r, HashSet<string> ids)
    {
        for (var n = r.Count(); n > 0; n--)
            ids.Add(r.String());
    }
}
