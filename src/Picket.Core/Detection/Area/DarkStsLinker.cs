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
/// <para>
/// The fit is decided from the facts known at the loitering's <em>decision time</em>: its end plus the hold
/// (<see cref="ReleaseHoldTicks"/>), or the end of input if that comes first. A finished file and a live watch release
/// the loitering at different moments — the batch job when a later fix or the end of input comes, the watch when its
/// clock passes — so whatever they learn after the decision time (a partner heard again, a silence forgotten after
/// <see cref="DetectionOptions.GapMemory"/>) must not change the answer. A silence begun before the decision time and
/// still unbroken then is a <c>still_dark</c> partner, even if the vessel is heard later; one never heard again stays
/// one. That is the analyst's answer too: GFW counts a loitering and an encounter from the vessels' own positions over
/// the event (Miller et al. 2018; GFW's Loitering.md and Encounters.md), and a vessel that switched its AIS off beside
/// the loiterer and was not heard again is exactly the partner such position-based definitions cannot see.
/// </para>
/// </summary>
internal sealed partial class DarkStsLinker(DetectorContext ctx, Action<Mmsi, StsSighting, long> sighted)
{
    private readonly DetectionOptions _o = ctx.Options;

    /// <summary>
    /// How long after its end a loitering is held: <see cref="DetectionOptions.PartnerHold"/>, but never less than the
    /// time the vessel half takes to end a run broken by silence (a gap's length, its run check and one loitering
    /// sample), so a loitering always reaches the linker before its decision time, in a batch run as in a live one.
    /// </summary>
    private readonly long _holdTicks = Math.Max(ctx.Options.PartnerHold.Ticks,
        ctx.Options.GapMinDuration.Ticks + VesselDetectors.RunCheckStep.Ticks + LoiteringWindow.Spacing(ctx.Options.LoiteringWindow.Ticks));
    private readonly PriorityQueue<LoiteringCandidate, (long, string)> _held = new();
    private readonly Queue<GapRecord> _gaps = new();

    /// <summary>Supplies silences still open at a time near a place (now, lat, lon, radius km); set by the gap detector's owner.</summary>
    public Func<long, double, double, double, List<GapRecord>> OpenSilences { get; set; } = (_, _, _, _) => [];

    public int Held => _held.Count;

    public void AddLoitering(in LoiteringCandidate c) => _held.Enqueue(c, (c.End.UtcTicks, c.Id));

    public void AddGap(in GapRecord g) => _gaps.Enqueue(g);

    /// <summary>The hold after a loitering's end, at which its partner is decided (see <see cref="DarkStsLinker"/>).</summary>
    public long ReleaseHoldTicks => _holdTicks;

    /// <summary>
    /// Releases the loitering events whose hold has expired at stream time <paramref name="nowTicks"/>. Called before
    /// a fix of that time is taken in (and by the clock), so what the area knows then is what came before the decision time.
    /// </summary>
    public void Advance(long nowTicks)
    {
        var hold = _holdTicks;
        while (_held.TryPeek(out var c, out _) && c.End.UtcTicks + hold <= nowTicks)
        {
            var due = _held.Dequeue();
            Emit(due, due.End.UtcTicks + hold);
        }
        // A gap that ended before every held and future loitering began can no longer fit one; keep a week for long loiterings.
        var keep = nowTicks - hold - TimeSpan.FromDays(7).Ticks;
        while (_gaps.TryPeek(out var g) && g.EndTicks < keep)
            _gaps.Dequeue();
    }

    /// <summary>End of input at <paramref name="nowTicks"/>: every held loitering is decided on what is known by then (or by its hold, if earlier).</summary>
    public void Flush(long nowTicks)
    {
        while (_held.Count > 0)
        {
            var c = _held.Dequeue();
            Emit(c, Math.Min(c.End.UtcTicks + _holdTicks, nowTicks));
        }
    }

    /// <summary>Decides the loitering's partner from the silences known at <paramref name="decisionTicks"/> and emits it.</summary>
    private void Emit(LoiteringCandidate c, long decisionTicks)
    {
        GapRecord? best = null;
        Fit bestFit = default;
        foreach (var g in _gaps)
            if (AsKnownAt(g, decisionTicks) is { } known)
                Consider(c, known, ref best, ref bestFit);
        foreach (var g in OpenSilences(decisionTicks, c.Lat, c.Lon, _o.PartnerMaxDistanceKm))
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
        // Stamped with the decision time, not the moment of release, which differs between a batch and a live run.
        sighted(c.Mmsi, new StsSighting(c.Id, "loitering", c.SegmentId, c.Start.UtcTicks, c.End.UtcTicks, DarkPartner: best is not null), decisionTicks);
        // The partner was dark, so no segment of it took part: any hull of its MMSI may have been alongside.
        if (best is { } dark)
            sighted(dark.Mmsi, new StsSighting(c.Id, "dark_partner", StsSighting.AnySegment, c.Start.UtcTicks, c.End.UtcTicks, DarkPartner: true), decisionTicks);
        ctx.Events.Emit(new PicketEvent(c.Id, EventType.Loitering, c.Start, c.End, GeoPoint.Create(c.Lat, c.Lon),
            [ctx.Resolve(c.Mmsi)], confidence, evidence));
    }

    /// <summary>
    /// A closed gap as it stood at <paramref name="decisionTicks"/>: closed if the vessel was heard again before then;
    /// still open if it was silent a gap's length by then and heard only later; unknown (null) if it began later.
    /// </summary>
    private GapRecord? AsKnownAt(in GapRecord g, long decisionTicks)
    {
        if (g.StartTicks >= decisionTicks)
            return null;
        if (g.EndTicks < decisionTicks)
            return g;
        if (decisionTicks - g.StartTicks < _o.GapMinDuration.Ticks)
            return null;
        return g with { EventId = null, EndTicks = long.MaxValue, EndLat = g.StartLat, EndLon = g.StartLon };
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
