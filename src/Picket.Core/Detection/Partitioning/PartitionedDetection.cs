using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>
/// Detection split the way a cluster would run it, in one process so that it can be checked against the whole: vessels
/// split by MMSI into <c>vesselPartitions</c>, each with its own track builder and per-vessel detectors; the sea split
/// into <see cref="SeaCell"/>s, each with its own per-area detectors hearing its cell and halo. Nothing is shared
/// but the messages between the halves:
/// <list type="number">
/// <item>each vessel partition runs its input and records its messages to the area half (fixes, gaps, loitering runs,
/// segment closes), each placed in the stream by the fix being handled;</item>
/// <item>the recordings are merged in stream order and routed: a fix to every cell that hears it (and to the cells that
/// heard the vessel's previous fix, so they learn it left), a gap to the cells that hear either end, a loitering run to
/// the cell that owns it, a segment close to all; after each fix every cell's clock moves to its time;</item>
/// <item>each cell emits the events it owns and the sightings of them, stamped with its clock; the vessel partitions run
/// again with those sightings, so that their draught changes are linked as in one process (a sighting is read only by
/// changes judged after it was emitted).</item>
/// </list>
/// Vessels are named by MMSI only: filling names from identity history is a join for the output stage.
/// </summary>
internal sealed class PartitionedDetection(DetectionOptions options, int vesselPartitions, IReadOnlyList<SeaCell> cells)
{
    /// <summary>Runs <paramref name="items"/> (<see cref="VesselFix"/> and <see cref="IdentityReport"/> in feed order) and returns every event.</summary>
    public List<PicketEvent> Run(IReadOnlyList<object> items)
    {
        options.Validate();
        var events = new EventCollector();
        var messages = RunVessels(items, sightings: null, new NullEventSink());
        var areas = cells.Select(c => new AreaPartition(c, events, options)).ToList();
        Route(messages, areas);
        var sightings = areas.SelectMany((a, i) => a.Sightings.Select((s, j) => (s, i, j)))
            .OrderBy(x => x.s.EmittedTicks).ThenBy(x => x.i).ThenBy(x => x.j).Select(x => x.s).ToList();
        RunVessels(items, sightings, events);
        return [.. events.Events];
    }

    private int PartitionOf(Mmsi mmsi) => (int)(mmsi.Value % (uint)vesselPartitions);

    private List<AreaMessage> RunVessels(IReadOnlyList<object> items, List<TimedSighting>? sightings, IEventSink events)
    {
        var parts = new VesselPartition[vesselPartitions];
        for (var i = 0; i < parts.Length; i++)
            parts[i] = new VesselPartition(events, options, sightings?.Where(s => PartitionOf(s.Mmsi) == i));
        foreach (var item in items)
        {
            if (item is VesselFix f)
                parts[PartitionOf(f.Mmsi)].Add(f);
            else if (item is IdentityReport r)
                parts[PartitionOf(r.Mmsi)].Add(r);
        }
        foreach (var p in parts)
            p.Finish();
        foreach (var p in parts)
            p.FlushHeld();
        var all = parts.SelectMany(p => p.Messages).ToList();
        all.Sort(AreaMessage.Compare);
        return all;
    }

    private static void Route(List<AreaMessage> messages, List<AreaPartition> areas)
    {
        var lastHeardBy = new Dictionary<uint, int>(); // bit mask of the cells that heard each MMSI's last fix
        foreach (var m in messages)
        {
            switch (m.Kind)
            {
                case AreaMessageKind.Fix:
                    var f = m.Fix.Fix.Fix;
                    var mask = HeardBy(areas, f.Lat, f.Lon);
                    lastHeardBy.TryGetValue(f.Mmsi.Value, out var before);
                    lastHeardBy[f.Mmsi.Value] = mask;
                    for (var i = 0; i < areas.Count; i++)
                        if (((mask | before) & (1 << i)) != 0)
                            areas[i].Detectors.OnFix(m.Fix);
                    foreach (var a in areas)
                        a.Detectors.Tick(f.Time.UtcTicks);
                    break;
                case AreaMessageKind.Gap:
                    var g = m.Gap;
                    var gapMask = HeardBy(areas, g.OffLat, g.OffLon) | HeardBy(areas, g.OnLat, g.OnLon);
                    for (var i = 0; i < areas.Count; i++)
                        if ((gapMask & (1 << i)) != 0)
                            areas[i].Detectors.OnGap(g);
                    break;
                case AreaMessageKind.Loitering:
                    foreach (var a in areas)
                        if (a.Cell.Owns(m.Loitering.Lat, m.Loitering.Lon))
                            a.Detectors.OnLoitering(m.Loitering);
                    break;
                case AreaMessageKind.SegmentClosed:
                    foreach (var a in areas)
                        a.Detectors.OnSegmentClosed(m.SegmentId);
                    break;
            }
        }
        foreach (var a in areas)
            a.Detectors.FlushEncounters();
        foreach (var a in areas)
            a.Detectors.FlushHeld();
    }

    private static int HeardBy(List<AreaPartition> areas, double lat, double lon)
    {
        var mask = 0;
        for (var i = 0; i < areas.Count; i++)
            if (areas[i].Cell.Hears(lat, lon))
                mask |= 1 << i;
        return mask;
    }
}
