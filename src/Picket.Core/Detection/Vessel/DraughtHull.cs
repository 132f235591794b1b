using Picket.Core.Geo;
using Picket.Core.Ports;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>
/// What the draught detector knows about one hull: the track segment(s) it sailed as, where it was last heard, when it
/// was last in port, and the draught it broadcasts. Draught belongs to a hull, not to a radio identity: two hulls
/// sharing an MMSI each get their own record, so one's reports never read as a change of the other. When the track
/// builder closes a segment and opens another for the same hull (a long silence, an ambiguous fix), the record passes
/// to the new segment if the hull could have sailed there (<see cref="DraughtChangeDetector"/>).
/// </summary>
internal sealed partial class DraughtHull(Mmsi mmsi, long segmentId)
{
    /// <summary>At most this many segment ids are remembered per hull (enough to match an encounter's segment).</summary>
    private const int MaxLineage = 8;

    public readonly Mmsi Mmsi = mmsi;
    public readonly List<long> Segments = [segmentId];
    public long SegmentId = segmentId;
    public long FirstFixTicks = long.MaxValue;

    /// <summary>
    /// The open segment the hull sails as; its last fix is read from the record (which keeps it) instead of
    /// being copied here on every fix, so the draught detector adds no memory traffic per fix.
    /// </summary>
    public SegmentRecord? Record;
    private long _closedTicks = long.MinValue;
    private double _closedLat, _closedLon;

    public long LastInPortTicks = long.MinValue;
    public Port? LastPort;

    public double? Draught;
    public long SinceTicks, LastReportTicks;
    public GeoPoint? PositionAtLastReport;

    public bool Open => Record is not null;

    public bool HasFix => LastFixTicks != long.MinValue;

    public long LastFixTicks => Record is { HasLast: true } r ? r.LastTicks : _closedTicks;

    public double LastLat => Record is { HasLast: true } r ? r.LastLat : _closedLat;

    public double LastLon => Record is { HasLast: true } r ? r.LastLon : _closedLon;

    public GeoPoint? LastPosition => HasFix ? GeoPoint.Create(LastLat, LastLon) : null;

    /// <summary>The segment closed: its last fix is kept for a later segment of the same hull to be matched against.</summary>
    public void Close()
    {
        (_closedTicks, _closedLat, _closedLon) = (LastFixTicks, LastLat, LastLon);
        Record = null;
    }

    public void MarkInPort(long ticks, Port port)
    {
        if (ticks < LastInPortTicks)
            return;
        LastInPortTicks = ticks;
        LastPort = port;
    }

    /// <summary>The hull sails as <paramref name="record"/> (its first segment, or the next after one closed).</summary>
    public void Attach(SegmentRecord record, long firstFixTicks)
    {
        if (Record is null && SegmentId != record.SegmentId)
        {
            if (Segments.Count == MaxLineage)
                Segments.RemoveAt(0);
            Segments.Add(record.SegmentId);
        }
        SegmentId = record.SegmentId;
        Record = record;
        FirstFixTicks = Math.Min(FirstFixTicks, firstFixTicks);
    }

    public void Set(double draught, long ticks)
    {
        Draught = draught;
        SinceTicks = LastReportTicks = ticks;
        PositionAtLastReport = LastPosition;
    }

    public void Heard(long ticks)
    {
        if (ticks < LastReportTicks)
            return;
        LastReportTicks = ticks;
        PositionAtLastReport = LastPosition ?? PositionAtLastReport;
    }
}
