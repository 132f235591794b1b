using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Tracks;

/// <summary>Segment ids come from the vessel's own data: its MMSI and its segment's first fix.</summary>
public sealed class SegmentIdTests
{
    private static readonly DateTimeOffset T0 = new(2018, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static List<TrackSegment> Build(IEnumerable<VesselFix> fixes)
    {
        var s = new SegmentCollector();
        var b = new TrackBuilder(null, s, new Picket.Core.Events.EventCollector());
        foreach (var f in fixes) b.Add(f);
        b.Flush();
        return [.. s.Segments.Values];
    }

    private static Dictionary<(uint, DateTimeOffset), long> Segments(IEnumerable<VesselFix> fixes) =>
        Build(fixes).ToDictionary(x => (x.Mmsi.Value, x.Start), x => x.Id);

    private static IEnumerable<VesselFix> Vessel(uint mmsi, double lat, int hours) =>
        Enumerable.Range(0, hours * 6).Select(i => new VesselFix(new Mmsi(mmsi), T0.AddMinutes(10 * i), lat + i * 0.01, 124));

    [Fact]
    public void A_segment_keeps_its_id_when_other_vessels_come_and_go()
    {
        var alone = Segments(Vessel(445000001, 38, 3));
        var crowded = Segments(Vessel(445000002, 37, 5).Concat(Vessel(445000001, 38, 3)).Concat(Vessel(445000003, 36, 2)).OrderBy(f => f.Time));
        Assert.Single(alone);
        Assert.Equal(3, crowded.Count);
        var (key, id) = alone.Single();
        Assert.Equal(id, crowded[key]);
        Assert.Equal(3, crowded.Values.Distinct().Count());
        Assert.All(crowded.Values, v => Assert.InRange(v, 1, (1L << 53) - 1)); // exact in every JSON reader
    }

    [Fact]
    public void Two_hulls_of_one_mmsi_starting_at_the_same_instant_get_distinct_ids()
    {
        var a = SegmentIds.For(445000001, T0.UtcTicks, 38, 124);
        Assert.Equal(a, SegmentIds.For(445000001, T0.UtcTicks, 38, 124));
        Assert.NotEqual(a, SegmentIds.For(445000001, T0.UtcTicks, 38.5, 124));
        Assert.NotEqual(a, SegmentIds.Next(a));
        // Two transmitters 300 km apart on one MMSI, reporting in the same instants.
        var fixes = Enumerable.Range(0, 12).SelectMany(i => new[]
        {
            new VesselFix(new Mmsi(445000009), T0.AddMinutes(10 * i), 38 + i * 0.01, 124),
            new VesselFix(new Mmsi(445000009), T0.AddMinutes(10 * i), 35 + i * 0.01, 124),
        });
        var segments = Build(fixes);
        Assert.Equal(2, segments.Count(x => x.Start == T0));
        Assert.Equal(segments.Count, segments.Select(x => x.Id).Distinct().Count());
    }
}
