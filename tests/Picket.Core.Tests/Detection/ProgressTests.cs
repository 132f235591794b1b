using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Detection;

/// <summary>
/// The detectors' open state (<see cref="IDetectionProgress"/>), read while a planted meeting and a DPRK port call are
/// still going on: the open encounter carries the start and id its event later has, its evidence so far agrees with
/// the event's on what is already known, and reading changes no event at all.
/// </summary>
public class ProgressTests
{
    private const uint A = 412_800_001, B = 413_800_002, Caller = 412_800_003;

    private static SeaScenario Scenario()
    {
        var s = new SeaScenario(seed: 81);
        var p = Sea.YellowSea;
        s.Vessel(A).At(0, p.Lat, p.Lon).Sail(1, 90, 10).Stay(7).Sail(10, 90, 10);
        var q = Sea.Offset(p, 90, 10 * 1852 + 250);
        s.Vessel(B).At(0, q.Lat - 0.2, q.Lon).Sail(1, 0, 12).Stay(7).Sail(10, 180, 10);
        s.Vessel(Caller).At(0, 38.62, 125.2).Sail(1, 60, 10).Stay(9);
        Sea.Background(s, 20, seed: 5);
        return s;
    }

    private static (List<PicketEvent> Events, List<(DateTimeOffset At, OpenEncounter Open, EncounterEvidence? Evidence)> Encounters, List<(DateTimeOffset At, OpenPortCall Call)> Calls) Run(bool read)
    {
        var events = new EventCollector();
        var detectors = new SeaEventDetectors(events);
        var tracker = new VesselTracker(detectors, events);
        var encounters = new List<(DateTimeOffset, OpenEncounter, EncounterEvidence?)>();
        var calls = new List<(DateTimeOffset, OpenPortCall)>();
        var open = new List<OpenEncounter>();
        var openCalls = new List<OpenPortCall>();
        foreach (var item in Scenario().Items())
        {
            if (item is VesselFix f)
            {
                tracker.Add(f);
                if (!read)
                    continue;
                open.Clear();
                detectors.CopyOpenEncounters(open);
                foreach (var e in open)
                    encounters.Add((f.Time, e, detectors.EncounterEvidenceSoFar(e)));
                openCalls.Clear();
                detectors.CopyOpenPortCalls(openCalls, dprkOnly: true);
                foreach (var c in openCalls)
                    calls.Add((f.Time, c));
            }
            else if (item is IdentityReport r)
            {
                tracker.Add(r);
                detectors.OnIdentity(r);
            }
        }
        tracker.Flush();
        detectors.Flush();
        return ([.. events.Events], encounters, calls);
    }

    [Fact]
    public void An_open_encounter_carries_its_events_id_and_evidence_so_far_and_reading_changes_nothing()
    {
        var (plain, _, _) = Run(read: false);
        var (events, encounters, calls) = Run(read: true);
        Assert.Equal(plain, events, (x, y) => x.Id == y.Id && x.Evidence == y.Evidence && x.End == y.End);

        var encounter = Assert.Single(events, e => e.Type == EventType.Encounter);
        var evidence = Assert.IsType<EncounterEvidence>(encounter.Evidence);
        var pair = encounters.Where(e => e.Open.A.Value == A && e.Open.B.Value == B && !e.Open.InPort).ToList();
        Assert.NotEmpty(pair);
        // Once the pair has been together 2 h the open state already names the event to come: same start, same id.
        var known = pair.First(e => e.Open.Duration >= TimeSpan.FromHours(2));
        Assert.Equal(encounter.Id, known.Open.EventId);
        Assert.Equal(encounter.Start, known.Open.Start);
        Assert.True(known.At < encounter.End, $"known at {known.At:HH:mm} ({known.Open.Start:HH:mm}–{known.Open.LastTogether:HH:mm}), event {encounter.Start:HH:mm}–{encounter.End:HH:mm}");
        var soFar = Assert.IsType<EncounterEvidence>(known.Evidence);
        Assert.Equal(evidence.StartPosition, soFar.StartPosition);
        Assert.Equal((long)known.Open.Duration.TotalSeconds, soFar.DurationS);
        Assert.True(soFar.MedianSpeedKnA < 2 && soFar.MedianSpeedKnB < 2);
        // The last reading before the event closed has the event's evidence, save the nearest port's distance to the mean so far.
        Assert.Equal(evidence with { NearestPort = null }, pair[^1].Evidence! with { NearestPort = null });

        var call = Assert.Single(events, e => e.Type == EventType.PortCall && e.Vessels[0].Mmsi.Value == Caller);
        var open = calls.Where(c => c.Call.Mmsi.Value == Caller).ToList();
        Assert.NotEmpty(open);
        Assert.All(open, c => Assert.Equal(call.Id, c.Call.EventId));
        Assert.True(Assert.IsType<PortCallEvidence>(call.Evidence).DprkPort);
        Assert.True(open[0].At < call.End);
    }
}
