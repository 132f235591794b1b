using System.Text;
using System.Text.Json;
using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Detection;

/// <summary>
/// Partitioned = whole: the per-vessel detectors run on two MMSI halves, the per-area detectors on four sea cells with
/// a halo (<see cref="PartitionedDetection"/>), and the merged events equal those of one process — ids, times,
/// positions, confidence and evidence, as written to events.jsonl. The planted cases sit on the cells' shared edges,
/// and every pair in them has one vessel in each MMSI half, so nothing is right by luck of falling inside one cell.
/// </summary>
public class PartitionedDetectionTests
{
    private const double SplitLat = 36.0, SplitLon = 123.0;

    internal static SeaScenario Straddling()
    {
        var s = new SeaScenario(seed: 81);
        Sea.Background(s, 80, seed: 81);
        // An encounter on the corner of all four cells: A loads 3 m from B while they lie alongside 04:00–09:00.
        var corner = (Lat: SplitLat + 0.0004, Lon: SplitLon - 0.0006);
        var alongside = Sea.Offset(corner, 90, 110);
        s.Vessel(445_810_001).At(0, corner.Lat - 0.4, corner.Lon - 0.3).At(4, corner.Lat, corner.Lon).Stay(9).Sail(14, 200, 10)
            .Draught(0, 6.2).Draught(7, 9.2);
        s.Vessel(352_810_002).At(0, corner.Lat + 0.4, corner.Lon + 0.3).At(4, alongside.Lat, alongside.Lon).Stay(9).Sail(14, 30, 10)
            .Draught(0, 12.0).Draught(7, 9.0);
        // An encounter across the meridian line, further south.
        var west = (Lat: 35.45, Lon: SplitLon - 0.0005);
        var east = Sea.Offset(west, 90, 120);
        s.Vessel(445_810_003).At(0, west.Lat, west.Lon - 0.5).At(5, west.Lat, west.Lon).Stay(10).Sail(14, 270, 10);
        s.Vessel(412_810_004).At(0, east.Lat, east.Lon + 0.5).At(5, east.Lat, east.Lon).Stay(10).Sail(14, 90, 10);
        // A loitering just south of the parallel whose partner goes dark 20 km north of it, in the next cell.
        var loiter = (Lat: SplitLat - 0.03, Lon: 123.6);
        var beside = Sea.Offset(loiter, 90, 100);
        var approach = Sea.Offset(loiter, 0, 20_000);
        s.Vessel(445_810_005).At(0, loiter.Lat - 0.3, loiter.Lon).At(2, loiter.Lat, loiter.Lon).Stay(10).Sail(13, 180, 8);
        s.Vessel(352_810_006).At(0, approach.Lat + 0.3, approach.Lon).At(2, approach.Lat, approach.Lon).At(4, beside.Lat, beside.Lon)
            .Stay(8).Sail(14, 0, 10).Silent(2, 11);
        return s;
    }

    private static List<string> Whole(List<object> items)
    {
        var events = new EventCollector();
        var detectors = new SeaEventDetectors(events);
        var tracker = new VesselTracker(detectors, events);
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
        tracker.Flush();
        detectors.Flush();
        return Lines(events.Events);
    }

    private static List<string> Lines(IEnumerable<PicketEvent> events)
    {
        var lines = new List<string>();
        foreach (var e in events)
        {
            var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer))
                JsonLinesEventWriter.Write(w, e);
            lines.Add(Encoding.UTF8.GetString(buffer.ToArray()));
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    [Fact]
    public void Two_MMSI_halves_and_four_cells_with_a_halo_give_the_events_of_one_process()
    {
        var items = Straddling().Items();
        var whole = Whole(items);
        var parted = Lines(new PartitionedDetection(new DetectionOptions(), 2, SeaCell.Quadrants(SplitLat, SplitLon, haloDegrees: 1)).Run(items));

        Assert.Equal(whole, parted);

        // The planted cases are there, on the edges, so the equality above is about them.
        Assert.Equal(2, whole.Count(l => l.Contains("\"type\":\"encounter\"", StringComparison.Ordinal)));
        Assert.Contains(whole, l => l.Contains("\"type\":\"loitering\"", StringComparison.Ordinal) && l.Contains("possible_partner", StringComparison.Ordinal));
        Assert.Contains(whole, l => l.Contains("\"type\":\"gap\"", StringComparison.Ordinal) && l.Contains("352810006", StringComparison.Ordinal));
        Assert.Contains(whole, l => l.Contains("\"type\":\"draught_change\"", StringComparison.Ordinal) && l.Contains("linked_events", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_event_is_owned_by_one_cell_and_the_planted_ones_spread_over_several()
    {
        var items = Straddling().Items();
        var cells = SeaCell.Quadrants(SplitLat, SplitLon, haloDegrees: 1);
        var events = new PartitionedDetection(new DetectionOptions(), 2, cells).Run(items);
        var owners = events.Where(e => e.Type is EventType.Encounter or EventType.Loitering or EventType.Gap)
            .Select(e => cells.Count(c => c.Owns(e.Position!.Value.Lat, e.Position!.Value.Lon))).ToList();
        Assert.All(owners, n => Assert.Equal(1, n));
        var used = events.Where(e => e.Position is not null)
            .Select(e => Array.FindIndex(cells, c => c.Owns(e.Position!.Value.Lat, e.Position!.Value.Lon))).Distinct().Count();
        Assert.True(used >= 3, $"events in {used} cells");
    }
}
