using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>
/// Dark ship-to-ship inference. A loitering vessel whose partner kept its AIS off shows up as one vessel lingering
/// while another went silent nearby (Starboard's "inferred transshipment"; Windward's feasibility test on gaps).
/// Each loitering event is held for <see cref="DetectionOptions.PartnerHold"/> after it ends, then matched against
/// the gaps of other vessels — closed ones and silences still open — that began or ended within
/// <see cref="DetectionOptions.PartnerMaxDistanceKm"/> and left time to sail in at
/// <see cref="DetectionOptions.PartnerTransitKnots"/>, lie alongside for <see cref="DetectionOptions.PartnerMinAlongside"/>
/// and sail out again. The best fit becomes <c>possible_partner</c> in the loitering evidence; the loitering (and the
/// partner's part in it) is told to the vessel half as a sighting, for its draught links.
/// </summary>
internal sealed partial class DarkStsLinker(DetectorContext ctx, Action<Mmsi, StsSighting> sighted)
{
    private readonly DetectionOptions _o = ctx.Options;
    private readonly PriorityQueue<LoiteringCandidate, (long, string)> _held = new();
    private readonly Queue<GapRecord> _gaps = new();

    /// <summary>Supplies silences still open at a time near a place (now, lat, lon, radius km); set by the gap detector's owner.</summary>
    public Func<long, double, double, double, List<GapRecord>> OpenSilences { get; set; } = (_, _, _, _) => [];

    public int Held => _held.Count;

    public void AddLoitering(in LoiteringCandidate c) => _held.Enqueue(c, (c.End.UtcTicks, c.Id));

    public void AddGap(in GapRecord g) => _gaps.Enqueue(g);

    /// <summary>Releases the loitering events whose hold has expired at stream time <paramref name="nowTicks"/>.</summary>
    public void Advance(long nowTicks)
    {
        var hold = _o.PartnerHold.Ticks;
        while (_held.TryPeek(out var c, out _) && c.End.UtcTicks + hold <= nowTicks)
            Emit(_held.Dequeue(), nowTicks);
        // A gap that ended before every held and future loitering began can no longer fit one; keep a week for long loiterings.
        var keep = nowTicks - hold - TimeSpan.FromDays(7).Ticks;
        while (_gaps.TryPeek(out var g) && g.EndTicks < keep)
            _gaps.Dequeue();
    }

    public void Flush(long nowTicks)
    {
        while (_held.Count > 0)
            Emit(_held.Dequeue(), nowTicks);
    }

    private void Emit(LoiteringCandidate c, long nowTicks)
    {
        GapRecord? best = null;
        Fit bestFit = default;
        foreach (var g in _gaps)
            Consider(c, g, ref best, ref bestFit);
        foreach (var g in OpenSilences(nowTicks, c.Lat, c.Lon, _o.PartnerMaxDistanceKm))
            Consider(c, g, ref best, ref bestFit);
        var evidence = c.Evidence;
        var confidence = 0.6;
        if (best is { } p)
        {
            ctx.Stats.LoiteringsWithPartner++;
            confidence = 0.85;
            var open = p.IsOpen;
            evidence = evidence with
            {
                PossiblePartner = new DarkPartnerEvidence(
                    Mmsi: p.Mmsi.Value,
                    GapStart: new DateTimeOffset(p.StartTicks, TimeSpan.Zero),
                    DarkStartPosition: GeoPoint.Create(p.StartLat, p.StartLon),
                    DarkStartDistanceKm: bestFit.InKm,
                    StillDark: open,
                    GapEnd: open ? null : new DateTimeOffset(p.EndTicks, TimeSpan.Zero),
                    DarkEndPosition: open ? null : GeoPoint.Create(p.EndLat, p.EndLon),
                    DarkEndDistanceKm: open ? null : bestFit.OutKm,
                    GapEvent: open ? null : p.EventId,
                    AlongsidePossibleS: (long)TimeSpan.FromTicks(bestFit.AlongsideTicks).TotalSeconds),
            };
        }
        ctx.Stats.Loiterings++;
        sighted(c.Mmsi, new StsSighting(c.Id, "loitering", c.SegmentId, c.Start.UtcTicks, c.End.UtcTicks, DarkPartner: best is not null));
        // The partner was dark, so no segment of it took part: any hull of its MMSI may have been alongside.
        if (best is { } dark)
            sighted(dark.Mmsi, new StsSighting(c.Id, "dark_partner", StsSighting.AnySegment, c.Start.UtcTicks, c.End.UtcTicks, DarkPartner: true));
        ctx.Events.Emit(new PicketEvent(c.Id, EventType.Loitering, c.Start, c.End, GeoPoint.Create(c.Lat, c.Lon),
            [ctx.Resolve(c.Mmsi)], confidence, evidence));
    }

    private void Consider(in LoiteringCandidate c, in GapRecord g, ref GapRecord? best, ref Fit bestFit)
    {
        if (g.Mmsi == c.Mmsi)
            return;
        var ls = c.Start.UtcTicks;
        var le = c.End.UtcTicks;
        if (g.StartTicks >= le || g.EndTicks <= ls)
            return;
        var inKm = GreatCircle.DistanceMetres(g.StartLat, g.StartLon, c.Lat, c.Lon) / 1000.0;
        var outKm = g.IsOpen ? 0 : GreatCircle.DistanceMetres(c.Lat, c.Lon, g.EndLat, g.EndLon) / 1000.0;
        var near = inKm <= _o.PartnerMaxDistanceKm || (!g.IsOpen && outKm <= _o.PartnerMaxDistanceKm);
        if (!near)
            return;
        if (g.IsOpen && ctx.Ports.Nearest(g.StartLat, g.StartLon, _o.GapMinPortDistanceKm) is not null)
            return; // silent in port is routine, not a partner gone dark
        var kmPerTick = _o.PartnerTransitKnots * Distance.MetresPerNauticalMile / 1000.0 / TimeSpan.TicksPerHour;
        var arrive = g.StartTicks + (long)(inKm / kmPerTick);
        var leave = g.IsOpen ? long.MaxValue : g.EndTicks - (long)(outKm / kmPerTick);
        var alongside = Math.Min(leave, le) - Math.Max(arrive, ls);
        if (alongside < _o.PartnerMinAlongside.Ticks)
            return;
        // Prefer the partner that went dark (or reappeared) closest; ties go to the longer possible stay.
        var fit = new Fit(inKm, outKm, alongside);
        if (best is null || fit.Nearest < bestFit.Nearest || (fit.Nearest == bestFit.Nearest && alongside > bestFit.AlongsideTicks))
        {
            best = g;
            bestFit = fit;
        }
    }

    private readonly record struct Fit(double InKm, double OutKm, long AlongsideTicks)
    {
        public double Nearest => Math.Min(InKm, OutKm == 0 ? InKm : OutKm);
    }
}
