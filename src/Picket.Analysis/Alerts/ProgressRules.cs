using System.Globalization;
using Picket.Core.Alerts;
using Picket.Core.Detection;
using Picket.Core.Events;

namespace Picket.Analysis.Alerts;

/// <summary>
/// The rules read from what the detectors hold open (<see cref="IDetectionProgress"/>): <c>encounter_at_sea</c> and
/// <c>dprk_meeting</c> from open encounters, <c>dprk_port_call</c> from open port calls. An alert raised here whose
/// encounter or call disappears from the open state without its event having come is withdrawn: the detector judged
/// it no event (too short, too fast, or in port once complete).
/// </summary>
internal sealed class ProgressRules(AlertBook book, VesselFacts facts, AlertOptions o)
{
    private readonly List<OpenEncounter> _encounters = [];
    private readonly List<OpenPortCall> _calls = [];
    private readonly HashSet<string> _present = new(StringComparer.Ordinal);
    private readonly List<string> _gone = [];

    public void Evaluate(IDetectionProgress progress, DateTimeOffset now)
    {
        _present.Clear();
        _encounters.Clear();
        progress.CopyOpenEncounters(_encounters);
        foreach (var e in _encounters)
            Encounter(progress, e, now);
        _calls.Clear();
        progress.CopyOpenPortCalls(_calls, dprkOnly: true);
        foreach (var c in _calls)
            PortCall(c, now);
        _gone.Clear();
        foreach (var (id, tracked) in book.Open)
            if (tracked.FromProgress && !_present.Contains(id))
                _gone.Add(id);
        foreach (var id in _gone)
            book.Withdraw(id, WithdrawalReason(book.Open[id].Last), now);
    }

    private void Encounter(IDetectionProgress progress, in OpenEncounter e, DateTimeOffset now)
    {
        var dprk = IsDprkMeeting(e);
        var atSeaCandidate = !e.InPort && e.Duration >= o.EncounterMinDuration;
        var dprkCandidate = dprk && !e.InPort && e.Duration >= o.DprkMeetingMinDuration;
        string? eventId = null;
        // Mark the pair's alerts present whether or not the rule passes this time: only a pair gone from the open state is withdrawn.
        if (book.Open.Count > 0)
        {
            eventId = e.EventId;
            _present.Add(AlertIds.For(AlertRule.EncounterAtSea, eventId));
            _present.Add(AlertIds.For(AlertRule.DprkMeeting, eventId));
        }
        if (!atSeaCandidate && !dprkCandidate)
            return;
        if (progress.EncounterEvidenceSoFar(e) is not { } evidence || !AtSea(evidence))
            return;
        eventId ??= e.EventId;
        var vessels = new[] { facts.Resolve(e.A), facts.Resolve(e.B) };
        var position = evidence.EndPosition;
        var hours = e.Duration.TotalHours.ToString("0.0", CultureInfo.InvariantCulture);
        if (atSeaCandidate)
        {
            var draft = Draft(AlertRule.EncounterAtSea, EventType.Encounter, eventId, e.Start, e.LastTogether, now, position, vessels,
                $"{e.A} and {e.B} together at sea for {hours} h{PortText(evidence)}", evidence);
            book.Observe(draft, final: false, fromProgress: true);
            _present.Add(draft.Id);
        }
        if (dprkCandidate)
        {
            var (tanker, dprkVessel) = VesselFacts.IsDprkFlagged(e.A) && facts.IsTanker(e.B) ? (e.B, e.A) : (e.A, e.B);
            var draft = Draft(AlertRule.DprkMeeting, EventType.Encounter, eventId, e.Start, e.LastTogether, now, position, vessels,
                $"tanker {tanker} alongside DPRK-flagged {dprkVessel} at sea for {hours} h{PortText(evidence)}", evidence);
            book.Observe(draft, final: false, fromProgress: true);
            _present.Add(draft.Id);
        }
    }

    private void PortCall(in OpenPortCall c, DateTimeOffset now)
    {
        if (!IsForeignSuspect(c.Mmsi))
            return;
        var eventId = c.EventId;
        var draft = Draft(AlertRule.DprkPortCall, EventType.PortCall, eventId, c.Entry, c.Evidence.LastFixInPort, now, c.Position,
            [facts.Resolve(c.Mmsi)], $"{Kind(c.Mmsi)} {c.Mmsi} in the DPRK port of {c.Evidence.Port.Name}", c.Evidence);
        book.Observe(draft, final: false, fromProgress: true);
        _present.Add(draft.Id);
    }

    /// <summary>A tanker (or, with tankers-only off, any vessel) not flagged by the DPRK: a DPRK port call by it is a delivery the resolutions forbid or cap.</summary>
    public bool IsForeignSuspect(Core.Vessels.Mmsi mmsi) =>
        !VesselFacts.IsDprkFlagged(mmsi) && (!o.DprkPortCallTankersOnly || facts.IsTanker(mmsi));

    public bool IsDprkMeeting(in OpenEncounter e) => IsDprkMeeting(e.A, e.B);

    public bool IsDprkMeeting(Core.Vessels.Mmsi a, Core.Vessels.Mmsi b) =>
        (VesselFacts.IsDprkFlagged(a) && facts.IsTanker(b)) || (VesselFacts.IsDprkFlagged(b) && facts.IsTanker(a));

    /// <summary>The event's rules applied to the evidence so far: both slow, mean position clear of ports and not on land.</summary>
    public bool AtSea(EncounterEvidence evidence) =>
        evidence.MedianSpeedKnA < o.EncounterMaxMedianSpeedKnots && evidence.MedianSpeedKnB < o.EncounterMaxMedianSpeedKnots
        && (evidence.NearestPort?.DistanceKm ?? double.PositiveInfinity) >= o.EncounterMinPortDistanceKm
        && evidence.ShoreDistanceKm is not 0;

    public static PicketAlert Draft(AlertRule rule, EventType type, string eventId, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now,
        Core.Geo.GeoPoint? position, IReadOnlyList<EventVessel> vessels, string reason, EventEvidence evidence) =>
        new(AlertIds.For(rule, eventId), rule, AlertState.Raised, 0, type, eventId, start, end, now, now, position, vessels, reason, evidence);

    private string Kind(Core.Vessels.Mmsi mmsi) => facts.IsTanker(mmsi) ? "tanker" : "vessel";

    private static string PortText(EncounterEvidence e) => e.NearestPort is { DistanceKm: { } km } p
        ? string.Create(CultureInfo.InvariantCulture, $", {km:0} km from {p.Name}")
        : "";

    /// <summary>The detector does not say why it dropped a run; the evidence last seen says how far it got.</summary>
    private static string WithdrawalReason(PicketAlert last) => last.Evidence is EncounterEvidence e
        ? string.Create(CultureInfo.InvariantCulture,
            $"withdrawn: the meeting ended after {e.DurationS / 3600.0:0.0} h without an encounter event (shorter than the event's minimum, too fast, or near a port once complete)")
        : "withdrawn: the detector closed it without an event";
}
