using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Analysis.Tests;

/// <summary>A flood of distinct MMSIs cannot grow the track builder past its cap; the longest-silent go first, counted.</summary>
public sealed class VesselCapTests
{
    [Fact]
    public void A_flood_of_mmsis_stays_under_the_cap_and_the_vessel_heard_all_along_is_never_evicted()
    {
        var closed = new List<TrackSegment>();
        var builder = new TrackBuilder(new TrackBuilderOptions { MaxVessels = 100 }, new ClosedSegments(closed), NullEventSink.Instance);
        var t0 = new DateTimeOffset(2018, 3, 2, 0, 0, 0, TimeSpan.Zero);
        var steady = new Mmsi(445112000);
        for (int i = 0; i < 5_000; i++)
        {
            var t = t0.AddSeconds(i);
            builder.Add(new VesselFix(new Mmsi((uint)(200_000_000 + i)), t, 38, 124));
            builder.Add(new VesselFix(steady, t, 38.5, 123.5 + i * 1e-5));
            Assert.InRange(builder.ActiveVessels, 0, 100);
        }
        builder.Flush();
        Assert.True(builder.Stats.VesselsEvictedForCapacity >= 4_900, builder.Stats.ToString());
        Assert.Equal(builder.Stats.VesselsEvicted, builder.Stats.VesselsEvictedForCapacity);
        Assert.Single(closed, s => s.Mmsi == steady); // one unbroken segment: never evicted
        Assert.Equal(100, builder.Stats.PeakActiveVessels);
    }

    private sealed class ClosedSegments(List<TrackSegment> closed) : ITrackSink
    {
        public void OnFix(in SegmentFix fix) { }
        public void OnSegmentClosed(in TrackSegment segment) => closed.Add(segment);
    }
}
