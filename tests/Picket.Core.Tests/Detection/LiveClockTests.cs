using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Detection;

/// <summary>
/// The clock: on a live feed nothing may wait for a message that never comes. Fixes are fed without a flush, then
/// only the feed's time moves on (<see cref="VesselTracker.AdvanceTo"/>, which passes it through the track builder to
/// the detectors); the silence must act like a message would.
/// </summary>
public class LiveClockTests
{
    private const uint Loiterer = 445_700_001, Passer = 412_700_002;

    /// <summary>A vessel drifts 00:00–06:00 in the Korea Bay, then goes silent; another is heard until 09:00 far away.</summary>
    private static (List<object> Items, EventCollector Events, SeaEventDetectors Detectors, VesselTracker Tracker) Feed()
    {
        var s = new SeaScenario(seed: 71);
        var p = Sea.KoreaBay;
        s.Vessel(Loiterer).At(0, p.Lat, p.Lon).Stay(6);
        s.Vessel(Passer).At(0, Sea.YellowSea.Lat, Sea.YellowSea.Lon).Sail(9, 0, 10);
        var events = new EventCollector();
        var detectors = new SeaEventDetectors(events);
        var tracker = new VesselTracker(detectors, events);
        var items = s.Items();
        foreach (var item in items)
        {
            if (item is VesselFix f)
                tracker.Add(f);
            else if (item is IdentityReport r)
            {
                tracker.Add(r);
                detectors.OnIdentity(r);
            }
        }
        return (items, events, detectors, tracker);
    }

    [Fact]
    public void A_gap_opens_and_a_loitering_event_is_released_by_the_clock_alone()
    {
        var (_, events, detectors, tracker) = Feed();
        Assert.Empty(events.OfType(EventType.Gap));
        Assert.Empty(events.OfType(EventType.Loitering));

        // 9 h after the loiterer's last fix: its gap is open, but its loitering is still held for a dark partner (12 h after it ended).
        tracker.AdvanceTo(SeaScenario.H(15));
        var gap = Assert.Single(events.OfType(EventType.Gap));
        Assert.Equal(Loiterer, gap.Vessels[0].Mmsi.Value);
        Assert.IsType<OpenGapEvidence>(gap.Evidence); // written with still_dark: true
        Assert.InRange(gap.Start, SeaScenario.H(5.9), SeaScenario.H(6));
        Assert.InRange(gap.End, SeaScenario.H(14.9), SeaScenario.H(15));
        Assert.Equal(1, detectors.Stats.OpenGaps);
        Assert.Empty(events.OfType(EventType.Loitering));

        // The run's end (≈ 06:00) + the 12 h hold has passed: the loitering that the silence ended comes out with no further fix.
        tracker.AdvanceTo(SeaScenario.H(19));
        var loiter = Assert.Single(events.OfType(EventType.Loitering));
        Assert.Equal(Loiterer, loiter.Vessels[0].Mmsi.Value);
        Assert.InRange(loiter.Start, SeaScenario.H(0), SeaScenario.H(0.6));
        Assert.InRange(loiter.End, SeaScenario.H(5.8), SeaScenario.H(6));
        Assert.Single(events.OfType(EventType.Gap)); // an open gap is reported once per silence
    }

    [Fact]
    public void The_clock_changes_no_event_of_the_finished_run_but_the_open_gap_it_added()
    {
        var (items, events, detectors, tracker) = Feed();
        tracker.AdvanceTo(SeaScenario.H(30));
        tracker.Flush();
        detectors.Flush();

        var plain = new EventCollector();
        var plainDetectors = new SeaEventDetectors(plain);
        var plainTracker = new VesselTracker(plainDetectors, plain);
        foreach (var item in items)
            if (item is VesselFix f)
                plainTracker.Add(f);
        plainTracker.Flush();
        plainDetectors.Flush();

        var open = Assert.Single(events.OfType(EventType.Gap));
        Assert.Empty(plain.OfType(EventType.Gap)); // the end of the data is no gap
        Assert.Equal(
            [.. plain.Events.Select(e => (e.Id, e.Type, e.Start, e.End))],
            [.. events.Events.Where(e => e != open).Select(e => (e.Id, e.Type, e.Start, e.End))]);
        Assert.NotEmpty(plain.OfType(EventType.Loitering));
    }

    [Fact]
    public void A_vessel_that_reappears_after_its_open_gap_keeps_the_gap_id()
    {
        var s = new SeaScenario(seed: 72);
        var p = Sea.KoreaBay;
        s.Vessel(Loiterer).At(0, p.Lat, p.Lon).Sail(20, 180, 6).Silent(4, 14);
        s.Vessel(Passer).At(0, Sea.YellowSea.Lat, Sea.YellowSea.Lon).Sail(20, 0, 10);
        var events = new EventCollector();
        var detectors = new SeaEventDetectors(events);
        var tracker = new VesselTracker(detectors, events);
        var clock = SeaScenario.H(0);
        foreach (var item in s.Items())
        {
            if (item is not VesselFix f)
                continue;
            // A live host ticks the clock from the feed: here every 10 min of feed time.
            if (f.Time - clock >= TimeSpan.FromMinutes(10))
                tracker.AdvanceTo(clock = f.Time);
            tracker.Add(f);
        }
        tracker.Flush();
        detectors.Flush();

        var gaps = events.OfType(EventType.Gap).ToList();
        Assert.Equal(2, gaps.Count);
        Assert.IsType<OpenGapEvidence>(gaps[0].Evidence);
        Assert.IsType<GapEvidence>(gaps[1].Evidence);
        Assert.Equal(gaps[0].Id, gaps[1].Id);
        Assert.Equal(gaps[0].Start, gaps[1].Start);
        Assert.InRange(gaps[1].End, SeaScenario.H(14), SeaScenario.H(14.1));
    }
    [Fact]
    public void A_gap_opens_by_the_clock_when_fixes_newer_than_the_clock_are_already_placed()
    {
        // A busy feed merged from receivers: other vessels' fixes at and past the clock's time have been placed when the
        // clock comes (a host ticks on the time of the message that crossed its step, which another receiver has
        // overtaken). The silence must still be seen at the clock, not only in a lull of the whole feed.
        var s = new SeaScenario(seed: 73);
        s.Vessel(Loiterer).At(0, Sea.KoreaBay.Lat, Sea.KoreaBay.Lon).Sail(20, 180, 6).Silent(4, 20);
        s.Vessel(Passer).At(0, Sea.YellowSea.Lat, Sea.YellowSea.Lon).Sail(20, 0, 10);
        var events = new EventCollector();
        var detectors = new SeaEventDetectors(events);
        var tracker = new VesselTracker(detectors, events);
        foreach (var item in s.Items())
            if (item is VesselFix f)
                tracker.Add(f); // the passer's fixes are placed up to ≈ 19:58

        tracker.AdvanceTo(SeaScenario.H(12));
        var gap = Assert.Single(events.OfType(EventType.Gap));
        Assert.Equal(Loiterer, gap.Vessels[0].Mmsi.Value);
        Assert.IsType<OpenGapEvidence>(gap.Evidence);
        Assert.InRange(gap.Start, SeaScenario.H(3.9), SeaScenario.H(4));
        Assert.InRange(gap.End, SeaScenario.H(11.9), SeaScenario.H(12)); // the clock, one reorder window behind
    }
}
