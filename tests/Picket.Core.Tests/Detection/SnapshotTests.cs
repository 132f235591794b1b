using System.Text;
using System.Text.Json;
using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Detection;

/// <summary>
/// Snapshot: a run stopped part-way, its track builder and detectors saved, restored into new instances that finish
/// the input, gives the events of an uninterrupted run — in the same order, ids and evidence included. The cut points
/// fall while encounters are open, loitering is held for a partner, a port call is open and draught changes are held.
/// </summary>
public class SnapshotTests
{
    private static List<object> Items()
    {
        var s = PartitionedDetectionTests.Straddling();
        // A port call open across the cuts, with a draught change at the quay (counted, not reported) and one at sea after.
        s.Vessel(445_820_007).At(0, Sea.NampoAnchorage.Lat - 0.5, Sea.NampoAnchorage.Lon - 0.3)
            .At(3, Sea.NampoAnchorage.Lat, Sea.NampoAnchorage.Lon).Stay(9).Sail(14, 240, 10)
            .Draught(0, 5.0).Draught(6, 8.5).Draught(12.5, 6.0);
        return s.Items();
    }

    private static void Feed(VesselTracker tracker, SeaEventDetectors detectors, IEnumerable<object> items)
    {
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
    }

    private static List<string> Lines(IEnumerable<PicketEvent> events) => [.. events.Select(e =>
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
            JsonLinesEventWriter.Write(w, e);
        return Encoding.UTF8.GetString(buffer.ToArray());
    })];

    [Theory]
    [InlineData(0.33)]
    [InlineData(0.5)]
    [InlineData(0.67)]
    [InlineData(0.85)]
    public void A_run_saved_part_way_and_restored_into_new_instances_gives_the_events_of_an_uninterrupted_run(double cut)
    {
        var items = Items();
        var whole = new EventCollector();
        var wholeDetectors = new SeaEventDetectors(whole);
        var wholeTracker = new VesselTracker(wholeDetectors, whole);
        Feed(wholeTracker, wholeDetectors, items);
        wholeTracker.Flush();
        wholeDetectors.Flush();

        var at = (int)(items.Count * cut);
        var first = new EventCollector();
        var detectors = new SeaEventDetectors(first);
        var tracker = new VesselTracker(detectors, first);
        Feed(tracker, detectors, items.Take(at));
        var (tracks, state) = (new MemoryStream(), new MemoryStream());
        tracker.Tracks.SaveState(tracks);
        detectors.SaveState(state);
        Assert.True(detectors.HeldState > 0);

        var second = new EventCollector();
        var restored = new SeaEventDetectors(second);
        var restoredTracker = new VesselTracker(restored, second);
        restoredTracker.Tracks.RestoreState(new MemoryStream(tracks.ToArray()));
        restored.RestoreState(new MemoryStream(state.ToArray()));
        // What was restored saves to the same bytes: nothing was lost or reordered on the way.
        var again = new MemoryStream();
        restored.SaveState(again);
        Assert.Equal(state.ToArray(), again.ToArray());
        Feed(restoredTracker, restored, items.Skip(at));
        restoredTracker.Flush();
        restored.Flush();

        var expected = Lines(whole.Events);
        Assert.Equal(expected, Lines(first.Events.Concat(second.Events)));
        Assert.NotEmpty(second.Events);
        Assert.Contains(expected, l => l.Contains("\"type\":\"port_call\"", StringComparison.Ordinal));
        Assert.Contains(expected, l => l.Contains("\"type\":\"draught_change\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_snapshot_of_the_other_stage_or_cut_short_is_refused_with_a_clear_message()
    {
        var detectors = new SeaEventDetectors(new EventCollector());
        var tracker = new VesselTracker(detectors, new EventCollector());
        Feed(tracker, detectors, Items().Take(2000));
        var tracks = new MemoryStream();
        tracker.Tracks.SaveState(tracks);
        var state = new MemoryStream();
        detectors.SaveState(state);

        var wrongStage = Assert.Throws<InvalidDataException>(() => new SeaEventDetectors(new EventCollector()).RestoreState(new MemoryStream(tracks.ToArray())));
        Assert.Contains("not a picket.detectors snapshot", wrongStage.Message, StringComparison.Ordinal);
        var cut = Assert.Throws<InvalidDataException>(() => new SeaEventDetectors(new EventCollector()).RestoreState(new MemoryStream(state.ToArray()[..(int)(state.Length / 2)])));
        Assert.Contains("cut short", cut.Message, StringComparison.Ordinal);
    }
}
