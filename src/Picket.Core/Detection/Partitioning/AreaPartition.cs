using Picket.Core.Events;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>
/// One area partition of a partitioned run: the per-area detectors over the fixes and messages of its cell and halo.
/// It emits only the events whose position it owns (the halo's are its neighbours'), and keeps the sightings of those
/// events, stamped with its clock, for the vessel partitions.
/// </summary>
internal sealed class AreaPartition : ISightingInbox, IEventSink
{
    private readonly IEventSink _events;
    private readonly HashSet<string> _owned = [];
    private readonly List<TimedSighting> _sightings = [];

    public AreaPartition(SeaCell cell, IEventSink events, DetectionOptions options)
    {
        Cell = cell;
        _events = events;
        Detectors = new AreaDetectors(new DetectorContext(options, this, m => new EventVessel(m)), this);
    }

    public SeaCell Cell { get; }

    public AreaDetectors Detectors { get; }

    /// <summary>The sightings of the events this partition owns, in the order it emitted them.</summary>
    public IEnumerable<TimedSighting> Sightings => _sightings.Where(s => _owned.Contains(s.Sighting.EventId));

    public void OnSighting(Mmsi mmsi, in StsSighting sighting, long emittedTicks) => _sightings.Add(new TimedSighting(mmsi, sighting, emittedTicks));

    public void Emit(PicketEvent e)
    {
        if (e.Position is not { } p || !Cell.Owns(p.Lat, p.Lon))
            return;
        _owned.Add(e.Id);
        _events.Emit(e);
    }
}
