using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Ports;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>
/// Port calls (GFW port visits): a segment enters a port when a fix comes within 3 km of a port in the table and
/// leaves when one is beyond 4 km (hysteresis); a call still open when its segment closes ends at its last fix in
/// port. Confidence follows GFW's visit levels ÷ 4: 1 = entry and/or exit only, 2 = stop (&lt; 0.2 kn) or in-port
/// gap (&gt; 4 h) only, 3 = entry or exit plus stop/gap, 4 = both plus stop/gap. Calls at DPRK ports are flagged
/// (<c>port.dprk</c>). Tells the draught detector when a vessel was in port.
/// </summary>
internal sealed class PortCallDetector(DetectorContext ctx, DraughtChangeDetector draught)
{
    /// <summary>GFW: an in-port silence longer than 4 h is a port gap (evidence of a stay).</summary>
    private static readonly long InPortGapTicks = TimeSpan.FromHours(4).Ticks;

    private readonly DetectionOptions _o = ctx.Options;

    public void OnFix(in SegmentFix sf, SegmentRecord segment)
    {
        var f = sf.Fix;
        var t = f.Time.UtcTicks;
        ref var s = ref segment.PortCall;
        if (s.Port is { } port)
        {
            var km = GreatCircle.DistanceMetres(f.Lat, f.Lon, port.Lat, port.Lon) / 1000.0;
            if (km <= _o.PortExitKm)
            {
                s.Stay(t, km, f.Sog, _o.PortStopKnots);
                draught.MarkInPort(segment, t, port);
                return;
            }
            Emit(segment, exitTicks: t);
        }
        if (ctx.Ports.Nearest(f.Lat, f.Lon, _o.PortEntryKm) is { } near)
        {
            s.Enter(near.Port, t, near.DistanceKm, f.Sog, _o.PortStopKnots);
            draught.MarkInPort(segment, t, near.Port);
        }
        else
            s.SeenOutside = true;
    }

    /// <summary>The segment ended: a call still open ends at its last fix in port.</summary>
    public void OnSegmentClosed(SegmentRecord segment)
    {
        if (segment.PortCall.Port is not null)
            Emit(segment, exitTicks: null);
    }

    private void Emit(SegmentRecord segment, long? exitTicks)
    {
        ref var s = ref segment.PortCall;
        var port = s.Port!;
        var evidence = Evidence(segment, exitTicks);
        var start = new DateTimeOffset(s.EntryTicks, TimeSpan.Zero);
        var end = new DateTimeOffset(exitTicks ?? s.LastInTicks, TimeSpan.Zero);
        ctx.Stats.PortCalls++;
        if (port.IsDprk)
            ctx.Stats.DprkPortCalls++;
        ctx.Events.Emit(new PicketEvent(EventIds.For(EventType.PortCall, segment.Mmsi, start, segment.SegmentId), EventType.PortCall,
            start, end, port.Position, [ctx.Resolve(segment.Mmsi)], evidence.VisitLevel / 4.0, evidence));
        s.Leave();
    }

    /// <summary>The evidence of the segment's call ending at <paramref name="exitTicks"/> (null: at its last fix in port, not seen leaving); also an open call's so far.</summary>
    public static PortCallEvidence Evidence(SegmentRecord segment, long? exitTicks)
    {
        ref var s = ref segment.PortCall;
        var port = s.Port!;
        var entryObserved = s.EntryObserved;
        var exitObserved = exitTicks is not null;
        var stayEvidence = s.Stopped || s.InPortGap;
        var level = (entryObserved || exitObserved) switch
        {
            false => stayEvidence ? 2 : 1,
            true when !stayEvidence => 1,
            true => entryObserved && exitObserved ? 4 : 3,
        };
        var start = new DateTimeOffset(s.EntryTicks, TimeSpan.Zero);
        var end = new DateTimeOffset(exitTicks ?? s.LastInTicks, TimeSpan.Zero);
        return new PortCallEvidence(
            Port: PortEvidence.Of(port) with { Source = port.Source == PortSource.WorldPortIndex ? "wpi" : "approximate" },
            DprkPort: port.IsDprk,
            EntryObserved: entryObserved,
            ExitObserved: exitObserved,
            Stopped: s.Stopped,
            InPortGap: s.InPortGap,
            VisitLevel: level,
            MinDistanceKm: s.MinKm,
            Fixes: s.Fixes,
            DurationS: (long)(end - start).TotalSeconds,
            LastFixInPort: new DateTimeOffset(s.LastInTicks, TimeSpan.Zero),
            Segment: segment.SegmentId);
    }

    /// <summary>Per segment, inside its <see cref="SegmentRecord"/>: the port it is in, if any, and the call so far.</summary>
    internal struct SegmentState
    {
        public Port? Port;
        public bool SeenOutside, EntryObserved, Stopped, InPortGap;
        public long EntryTicks, LastInTicks;
        public double MinKm;
        public int Fixes;

        public void Enter(Port port, long t, double km, double? sog, double stopKnots)
        {
            Port = port;
            EntryObserved = SeenOutside;
            EntryTicks = LastInTicks = t;
            MinKm = km;
            Fixes = 1;
            Stopped = sog < stopKnots;
            InPortGap = false;
        }

        public void Stay(long t, double km, double? sog, double stopKnots)
        {
            if (t - LastInTicks > InPortGapTicks)
                InPortGap = true;
            LastInTicks = Math.Max(LastInTicks, t);
            MinKm = Math.Min(MinKm, km);
            Fixes++;
            if (sog < stopKnots)
                Stopped = true;
        }

        public void Leave()
        {
            Port = null;
            SeenOutside = true;
        }
    }
}
