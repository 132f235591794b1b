using Picket.Cluster.Grains;
using Picket.Cluster.Wire;
using Picket.Core.Detection;

namespace Picket.Cluster.Client;

/// <summary>
/// Routes the vessel grains' messages of an epoch to the sea cells as the library's partitioned detection does: merged
/// in stream order (time, then MMSI, then each vessel's own sequence), a fix to every cell that hears it and to the
/// cells that heard the vessel's previous fix, a gap to the cells that hear either end, a loitering run to its owner,
/// a segment close to every cell; every cell's clock follows every fix. Messages at or after the release point (the
/// stream's newest time less the reorder window) wait for the next epoch: a later epoch can still place a fix there.
/// Not thread-safe; its state changes only through <see cref="Commit"/>.
/// </summary>
internal sealed class EpochRouter
{
    private Dictionary<uint, long[]> _lastHeardBy = [];
    private List<AreaMessage> _carried = [];
    private HashSet<long> _cells = [];
    private long _clock;

    /// <summary>Cells that have ever been sent a message: each gets every epoch's clock.</summary>
    public IReadOnlyCollection<long> Cells => _cells;

    /// <summary>Messages routed so far, over all cells (for messages per input message).</summary>
    public long Deliveries { get; private set; }

    /// <summary>A routing of one epoch, not yet committed (the epoch may be sent again).</summary>
    public sealed record Plan(Dictionary<long, CellBatch> Batches, Dictionary<uint, long[]> LastHeardBy, List<AreaMessage> Carried,
        HashSet<long> Cells, long Clock, long Deliveries);

    /// <param name="count">How many <paramref name="messages"/> there are, when known: the epoch's list is made that size once.</param>
    public Plan Route(int epoch, IEnumerable<AreaMessage> messages, long releaseTicks, bool final, int count = 0)
    {
        var all = new List<AreaMessage>(_carried.Count + count);
        all.AddRange(_carried);
        all.AddRange(messages);
        all.Sort(AreaMessage.Compare);
        var carried = new List<AreaMessage>();
        var lastHeardBy = new Dictionary<uint, long[]>(_lastHeardBy);
        var cells = new HashSet<long>(_cells);
        var ops = new Dictionary<long, CellOpsWriter>();
        var ticks = new List<long>();
        var clock = _clock;
        var heard = new List<long>();
        var heardAtEnd = new List<long>();
        long deliveries = 0;
        void Send(long cell, in AreaMessage m)
        {
            if (!ops.TryGetValue(cell, out var writer))
                ops[cell] = writer = new CellOpsWriter();
            writer.Add(ticks.Count, m);
            cells.Add(cell);
            deliveries++;
        }
        foreach (var m in all)
        {
            if (!final && (m.AtEnd || m.Ticks >= releaseTicks))
            {
                carried.Add(m);
                continue;
            }
            switch (m.Kind)
            {
                case AreaMessageKind.Fix:
                    var f = m.Fix.Fix.Fix;
                    CellGrid.HeardBy(f.Lat, f.Lon, heard);
                    var now = heard.ToArray();
                    var before = lastHeardBy.GetValueOrDefault(f.Mmsi.Value, []);
                    lastHeardBy[f.Mmsi.Value] = now;
                    foreach (var c in now.Union(before).Order())
                        Send(c, m);
                    var t = f.Time.UtcTicks;
                    if (t != clock)
                    {
                        ticks.Add(t);
                        clock = t;
                    }
                    break;
                case AreaMessageKind.Gap:
                    var g = m.Gap;
                    CellGrid.HeardBy(g.OffLat, g.OffLon, heard);
                    CellGrid.HeardBy(g.OnLat, g.OnLon, heardAtEnd);
                    foreach (var c in heard.Union(heardAtEnd).Order())
                        Send(c, m);
                    break;
                case AreaMessageKind.Loitering:
                    Send(CellGrid.Owner(m.Loitering.Lat, m.Loitering.Lon), m);
                    break;
                case AreaMessageKind.SegmentClosed:
                    foreach (var c in cells.Order().ToList())
                        Send(c, m);
                    break;
            }
        }
        var tickBytes = TickCodec.Encode(ticks);
        var batches = new Dictionary<long, CellBatch>();
        foreach (var c in cells)
        {
            var writer = ops.GetValueOrDefault(c) ?? new CellOpsWriter();
            batches[c] = new CellBatch(epoch, final, _clock, tickBytes, writer.ToArray(), writer.Count);
        }
        return new Plan(batches, lastHeardBy, carried, cells, clock, deliveries);
    }

    public void Commit(Plan plan)
    {
        (_lastHeardBy, _carried, _cells, _clock) = (plan.LastHeardBy, plan.Carried, plan.Cells, plan.Clock);
        Deliveries += plan.Deliveries;
    }
}
