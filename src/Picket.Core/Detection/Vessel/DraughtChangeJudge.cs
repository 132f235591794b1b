using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Ports;

namespace Picket.Core.Detection;

/// <summary>
/// Turns an at-sea draught change into an event once the ship-to-ship evidence that may explain it has had time to
/// come out: encounters are emitted only after their merge gap, loitering only after the dark-partner hold, so a change
/// is held for <see cref="DetectionOptions.DraughtLinkHold"/> before it is linked and emitted.
/// <para>
/// Confidence: the size of the change sets a base (0.5 + 0.1 per metre, 0.5–0.9: a big change is hard to explain by a
/// typing correction). Crews often type the draught loaded in port hours after sailing, so the base is scaled down by
/// the chance of late typing, exp(−hours since the hull was last in port ÷ <see cref="DetectionOptions.DraughtLateTypingHours"/>),
/// floored at 0.1: typed 40 min after leaving port it is ≈ 0.1–0.2, a day later the base. An encounter or a dark-STS
/// loitering of the same hull (or a loitering whose possible dark partner was this MMSI) after its last port stay and
/// within <see cref="DetectionOptions.DraughtLinkWindow"/> before the change explains it: confidence ≥ 0.9 (≥ 0.75 for
/// a loitering without a dark partner) and the events' ids are cited in <c>linked_events</c>, their kinds in
/// <c>linked_event_kinds</c> (<c>encounter</c>, <c>dark_sts</c>, <c>loitering</c>, <c>dark_partner</c>). A change while another hull of the same MMSI was heard within an hour is
/// dropped and counted: the report may have been the other hull's.
/// </para>
/// </summary>
internal sealed partial class DraughtChangeJudge(DetectorContext ctx, Func<DraughtHull, long, bool> sharedMmsi)
{
    private readonly DetectionOptions _o = ctx.Options;
    private readonly Queue<Change> _held = new();

    public int Held => _held.Count;

    public void Hold(DraughtHull hull, double after, long ticks) => _held.Enqueue(new Change(hull, hull.Draught!.Value, after,
        hull.SinceTicks, hull.LastReportTicks, ticks, hull.PositionAtLastReport, hull.LastPosition, hull.LastInPortTicks, hull.LastPort));

    public void Release(long nowTicks)
    {
        var hold = _o.DraughtLinkHold.Ticks;
        while (_held.TryPeek(out var c) && (nowTicks == long.MaxValue || c.Ticks <= nowTicks - hold))
            Emit(_held.Dequeue(), nowTicks);
    }

    private void Emit(Change c, long nowTicks)
    {
        if (sharedMmsi(c.Hull, c.Ticks))
        {
            ctx.Stats.DraughtChangesOnSharedMmsi++;
            return;
        }
        var start = new DateTimeOffset(c.LastReportTicks, TimeSpan.Zero);
        var end = new DateTimeOffset(c.Ticks, TimeSpan.Zero);
        var change = c.After - c.Before;
        var evidence = new DraughtChangeEvidence(
            DraughtBeforeM: c.Before,
            DraughtAfterM: c.After,
            ChangeM: change,
            Direction: change > 0 ? "loaded" : "discharged",
            BeforeFirstReported: new DateTimeOffset(c.SinceTicks, TimeSpan.Zero),
            BeforeLastReported: start,
            AfterReported: end,
            Segment: c.Hull.SegmentId,
            PositionBefore: c.PositionBefore,
            PositionAfter: c.PositionAfter);
        var confidence = Math.Clamp(0.5 + 0.1 * Math.Abs(change), 0.5, 0.9);
        if (c.LastPort is { } port)
        {
            var hours = (double)(c.Ticks - c.LastInPortTicks) / TimeSpan.TicksPerHour;
            var lateTyping = Math.Exp(-hours / _o.DraughtLateTypingHours.TotalHours);
            confidence = Math.Max(0.1, confidence * (1 - lateTyping));
            evidence = evidence with
            {
                LastPort = PortEvidence.Of(port) with { LastSeen = new DateTimeOffset(c.LastInPortTicks, TimeSpan.Zero) },
                HoursSincePort = hours,
                LateTypingLikelihood = lateTyping,
            };
        }
        List<string>? linked = null, kinds = null;
        foreach (var (s, emitted) in ctx.Sts.Of(c.Hull.Mmsi))
        {
            if (emitted >= nowTicks)
                continue; // not yet out when the change is judged
            if ((s.SegmentId != StsSighting.AnySegment && !c.Hull.Segments.Contains(s.SegmentId)) || s.StartTicks >= c.Ticks || s.StartTicks < c.LastInPortTicks
                || s.EndTicks < c.Ticks - _o.DraughtLinkWindow.Ticks)
                continue;
            if (linked is not null && linked.Contains(s.EventId))
                continue;
            (linked ??= []).Add(s.EventId);
            var kind = s.Kind == "loitering" && s.DarkPartner ? "dark_sts" : s.Kind;
            (kinds ??= []).Add(kind);
            confidence = Math.Max(confidence, kind == "loitering" ? 0.75 : 0.9);
        }
        if (linked is not null)
            evidence = evidence with { LinkedEvents = linked, LinkedEventKinds = kinds };
        ctx.Stats.DraughtChanges++;
        if (linked is not null)
            ctx.Stats.DraughtChangesLinkedToSts++;
        ctx.Events.Emit(new PicketEvent(EventIds.For(EventType.DraughtChange, c.Hull.Mmsi, start, (long)Math.Round(c.After * 10)),
            EventType.DraughtChange, start, end, c.PositionAfter ?? c.PositionBefore, [ctx.Resolve(c.Hull.Mmsi)], Math.Round(confidence, 3), evidence));
    }

    private readonly record struct Change(DraughtHull Hull, double Before, double After, long SinceTicks, long LastReportTicks, long Ticks,
        GeoPoint? PositionBefore, GeoPoint? PositionAfter, long LastInPortTicks, Port? LastPort);
}
