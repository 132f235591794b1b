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
internal sealed class DraughtHull(Mmsi mmsi, long segmentId)
{
    /// <summary>At most this many segment ids are remembered per hull (enough to match an encounter's segment).</summary>
    private const int MaxLineage = 8;

    public readonly Mmsi Mmsi = mmsi;
    public readonly List<long> Segments = [segmentId];
    public long SegmentId = segmentId;
    public bool Open = true;
    public int Fixes;
    public long FirstFixTicks = long.MaxValue, LastFixTicks = long.MinValue;
    public double LastLat, LastLon;

    public long LastInPortTicks = long.MinValue;
    public Port? LastPort;

    public double? Draught;
    public long SinceTicks, LastReportTicks;
    public GeoPoint? PositionAtLastReport;

    public bool HasFix => Fixes > 0;

    public GeoPoint? LastPosition => HasFix ? GeoPoint.Create(LastLat, LastLon) : null;

    public void OnFix(long ticks, double lat, double lon)
    {
        Fixes++;
        FirstFixTicks = Math.Min(FirstFixTicks, ticks);
        if (ticks < LastFixTicks)
            return;
        (LastFixTicks, LastLat, LastLon) = (ticks, lat, lon);
    }

    public void MarkInPort(long ticks, Port port)
    {
        if (ticks < LastInPortTicks)
            return;
        LastInPortTicks = ticks;
        LastPort = port;
    }

    /// <summary>The hull continues as <paramref name="segmentId"/>.</summary>
    public void Continue(long segmentId)
    {
        SegmentId = segmentId;
        Open = true;
        if (Segments.Count == MaxLineage)
            Segments.RemoveAt(0);
        Segments.Add(segmentId);
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
