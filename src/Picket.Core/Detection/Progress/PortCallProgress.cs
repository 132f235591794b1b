namespace Picket.Core.Detection;

/// <summary>The port calls the vessel half holds open, read without changing them (<see cref="IDetectionProgress"/>).</summary>
internal sealed partial class VesselDetectors
{
    public void CopyOpenPortCalls(List<OpenPortCall> into, bool dprkOnly)
    {
        foreach (var segment in _segments.Values)
        {
            if (segment.PortCall.Port is not { } port || (dprkOnly && !port.IsDprk))
                continue;
            into.Add(new OpenPortCall(segment.Mmsi, segment.SegmentId, new DateTimeOffset(segment.PortCall.EntryTicks, TimeSpan.Zero),
                port.Position, PortCallDetector.Evidence(segment, exitTicks: null)));
        }
    }
}
