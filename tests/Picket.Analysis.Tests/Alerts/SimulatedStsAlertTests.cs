using Picket.Ais;
using Picket.Ais.Nmea;
using Picket.Analysis.Alerts;
using Picket.Analysis.Tests.Job;
using Picket.Core;
using Picket.Core.Alerts;
using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Input;
using Picket.Core.Tracks;

namespace Picket.Analysis.Tests.Alerts;

/// <summary>
/// On the simulator's Yellow Sea scenario, decoded from its NMEA like a live feed: every planted ship-to-ship meeting
/// (the simulator's truth) that the detectors report as an encounter was alerted before its encounter event closed,
/// under the event's id (80 vessels, 36 h, seed 11: 4 of the 6 planted meetings are encounters, each alerted 8.5–12.8 h
/// before its event closed); no alert is left open, and every encounter alert not withdrawn was confirmed by its event.
/// </summary>
public sealed class SimulatedStsAlertTests(SimulatedScenario scenario) : IClassFixture<SimulatedScenario>
{
    [Fact]
    public void Every_planted_sts_that_became_an_encounter_was_alerted_before_its_event_closed()
    {
        var run = new LiveRun();
        using (var nmea = File.OpenRead(scenario.Feed))
            NmeaStreamReader.Read(nmea, new AisDecoder(), run.Feed);
        run.Finish();

        List<PicketEvent> truth;
        using (var t = File.OpenRead(scenario.Truth))
            truth = [.. new JsonLinesEventReader(t) { RequireId = false, TypedEvidence = false }.ReadAll().Where(e => e.Type == EventType.Encounter)];
        var planted = truth.Select(e => Pair(e.Vessels[0].Mmsi.Value, e.Vessels[1].Mmsi.Value)).ToHashSet();
        var found = run.Events.Where(e => e.Event.Type == EventType.Encounter && planted.Contains(Pair(e.Event.Vessels[0].Mmsi.Value, e.Event.Vessels[1].Mmsi.Value))).ToList();
        Assert.True(found.Count >= 2, $"{found.Count} planted meetings found as encounters of {truth.Count} planted");

        foreach (var (e, closedAt) in found)
        {
            var raised = run.Alerts.FirstOrDefault(a => a.EventId == e.Id && a.Rule is AlertRule.EncounterAtSea or AlertRule.DprkMeeting && a.State == AlertState.Raised);
            Assert.True(raised is not null, $"no alert for {e.Id}");
            Assert.True(raised.Time < closedAt, $"{e.Id}: alert at {raised.Time:O}, event closed at {closedAt:O}");
        }
        Assert.Equal(0, run.Engine.OpenAlerts);
        var finalStates = run.Alerts.GroupBy(a => a.Id).Select(g => g.Last()).ToList();
        Assert.All(finalStates.Where(a => a.State != AlertState.Withdrawn && a.Rule == AlertRule.EncounterAtSea),
            a => Assert.Contains(run.Events, e => e.Event.Id == a.EventId)); // every alert not withdrawn was confirmed by its event
    }

    private static (uint, uint) Pair(uint a, uint b) => a < b ? (a, b) : (b, a);

    /// <summary>
    /// The decoder's positions go through the track builder to the detectors; the fix after them (the detectors'
    /// <c>next</c> sink) moves the engine's clock, so the engine reads the open state exactly as a live watcher would.
    /// </summary>
    private sealed class LiveRun : ITrackSink, IEventSink, IAlertSink
    {
        private DateTimeOffset _clock;

        public LiveRun()
        {
            Engine = new AlertEngine(this);
            Detectors = new SeaEventDetectors(this, next: this);
            Tracker = new VesselTracker(Detectors, this);
            Feed = new AisFeed(Tracker, r =>
            {
                Detectors.OnIdentity(r);
                Engine.OnIdentity(r);
            });
        }

        public AlertEngine Engine { get; }
        public SeaEventDetectors Detectors { get; }
        public VesselTracker Tracker { get; }
        public AisFeed Feed { get; }
        public List<(PicketEvent Event, DateTimeOffset At)> Events { get; } = [];
        public List<PicketAlert> Alerts { get; } = [];

        public void Finish()
        {
            Tracker.Flush();
            Detectors.Flush();
            Engine.Flush(Detectors);
        }

        public void OnFix(in SegmentFix fix)
        {
            if (fix.Fix.Time > _clock)
                _clock = fix.Fix.Time;
            Engine.AdvanceTo(_clock, Detectors);
        }

        public void OnSegmentClosed(in TrackSegment segment)
        {
        }

        public void AdvanceTo(DateTimeOffset now)
        {
        }

        public void Emit(PicketEvent e)
        {
            Events.Add((e, _clock));
            Engine.Emit(e);
        }

        public void Publish(PicketAlert alert) => Alerts.Add(alert);
    }
}
