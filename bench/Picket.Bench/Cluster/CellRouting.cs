using Picket.Core.Detection;
using Picket.Core.Events;

namespace Picket.Bench.Cluster;

/// <summary>
/// The vessel half's messages delivered to sea cells as the cluster does (a fix to every cell whose halo hears it and
/// to those that heard the vessel's previous fix; a gap to the cells hearing either end; a loitering run to its owner;
/// a segment close to the cells that heard the vessel), each cell an <see cref="AreaPartition"/> created on first
/// use, as a grain is activated. A cell's clock moves with the fixes it is given; every cell's once an hour of stream
/// time, as an epoch's end does.
/// </summary>
internal sealed class CellRouting(DetectionOptions options, double cellDegrees, double haloDegrees)
{
    private static readonly long Hour = TimeSpan.FromHours(1).Ticks;
    private readonly Dictionary<(int Row, int Col), AreaPartition> _cells = [];
    private readonly Dictionary<uint, List<AreaPartition>> _lastHeard = [];
    private readonly NullEventSink _events = new();
    private long _deliveries;
    private long _nextEpoch = long.MinValue;

    public readonly record struct Totals(long Deliveries, int Cells, double CellBytesMean, long CellBytesMax);

    public Totals Result { get; private set; }

    public void Route(List<AreaMessage> messages)
    {
        var heard = new List<AreaPartition>();
        foreach (var m in messages)
        {
            switch (m.Kind)
            {
                case AreaMessageKind.Fix:
                    var f = m.Fix.Fix.Fix;
                    HeardBy(f.Lat, f.Lon, heard);
                    if (_lastHeard.TryGetValue(f.Mmsi.Value, out var before))
                        foreach (var c in before)
                            if (!heard.Contains(c)) heard.Add(c);
                    foreach (var c in heard)
                    {
                        c.Detectors.OnFix(m.Fix);
                        c.Detectors.Tick(f.Time.UtcTicks);
                        _deliveries++;
                    }
                    HeardBy(f.Lat, f.Lon, _lastHeard.TryGetValue(f.Mmsi.Value, out var last) ? last : _lastHeard[f.Mmsi.Value] = []);
                    if (f.Time.UtcTicks >= _nextEpoch)
                    {
                        foreach (var c in _cells.Values) c.Detectors.Tick(f.Time.UtcTicks);
                        _nextEpoch = f.Time.UtcTicks + Hour;
                    }
                    break;
                case AreaMessageKind.Gap:
                    HeardBy(m.Gap.OffLat, m.Gap.OffLon, heard);
                    var on = new List<AreaPartition>();
                    HeardBy(m.Gap.OnLat, m.Gap.OnLon, on);
                    foreach (var c in heard.Union(on)) { c.Detectors.OnGap(m.Gap); _deliveries++; }
                    break;
                case AreaMessageKind.Loitering:
                    HeardBy(m.Loitering.Lat, m.Loitering.Lon, heard);
                    foreach (var c in heard.Where(c => c.Cell.Owns(m.Loitering.Lat, m.Loitering.Lon))) { c.Detectors.OnLoitering(m.Loitering); _deliveries++; }
                    break;
                case AreaMessageKind.SegmentClosed:
                    if (_lastHeard.TryGetValue(m.Mmsi, out var closers))
                        foreach (var c in closers) { c.Detectors.OnSegmentClosed(m.SegmentId); _deliveries++; }
                    break;
            }
        }
        foreach (var c in _cells.Values) c.Detectors.FlushEncounters();
        foreach (var c in _cells.Values) c.Detectors.FlushHeld();
        var bytes = _cells.Values.Select(SnapshotBytes).ToList();
        Result = new Totals(_deliveries, _cells.Count, bytes.Count == 0 ? 0 : bytes.Average(), bytes.Count == 0 ? 0 : bytes.Max());
    }

    private static long SnapshotBytes(AreaPartition cell)
    {
        using var buffer = new MemoryStream();
        using (var w = new Picket.Core.Tracks.StateWriter(buffer))
            cell.Detectors.Save(w);
        return buffer.Length;
    }

    private void HeardBy(double lat, double lon, List<AreaPartition> into)
    {
        into.Clear();
        for (var row = Row(lat - haloDegrees); row <= Row(lat + haloDegrees); row++)
            for (var col = Col(lon - haloDegrees); col <= Col(lon + haloDegrees); col++)
            {
                var cell = new SeaCell(row * cellDegrees, (row + 1) * cellDegrees, col * cellDegrees, (col + 1) * cellDegrees, haloDegrees);
                if (!cell.Hears(lat, lon)) continue;
                if (!_cells.TryGetValue((row, col), out var p))
                    _cells[(row, col)] = p = new AreaPartition(cell, _events, options);
                into.Add(p);
            }
    }

    private int Row(double lat) => (int)Math.Floor(lat / cellDegrees);

    private int Col(double lon) => (int)Math.Floor(lon / cellDegrees);
}
