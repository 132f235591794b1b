using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Tracks;

/// <summary>Garbage in: the builder and identity tracker must count it, never throw, and account for every fix.</summary>
public sealed class UntrustedInputTests
{
    [Fact]
    public void Random_garbage_is_counted_and_every_fix_is_accounted_for()
    {
        var rng = new Random(3);
        var segments = new SegmentCollector();
        var events = new EventCollector();
        var tracker = new VesselTracker(segments, events, new TrackBuilderOptions { MaxOpenSegmentsPerVessel = 3 });
        double[] odd = [double.NaN, double.PositiveInfinity, -0.0, 91, 181, -181, 1e300, 0];
        var t0 = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 50_000; i++)
        {
            var mmsi = new Mmsi((uint)rng.NextInt64(0, 1_100_000_000));
            if (i % 3 == 0)
                mmsi = new Mmsi(416000000 + (uint)rng.Next(5)); // a few busy, shared MMSIs
            var time = t0.AddSeconds(i * 5 + rng.Next(-600, 600)).ToOffset(TimeSpan.FromHours(rng.Next(-12, 13)));
            var lat = rng.Next(10) == 0 ? odd[rng.Next(odd.Length)] : rng.NextDouble() * 180 - 90;
            var lon = rng.Next(10) == 0 ? odd[rng.Next(odd.Length)] : rng.NextDouble() * 360 - 180;
            double? sog = rng.Next(5) == 0 ? odd[rng.Next(odd.Length)] : rng.NextDouble() * 110;
            double? cog = rng.Next(5) == 0 ? odd[rng.Next(odd.Length)] : rng.NextDouble() * 400;
            tracker.Add(new VesselFix(mmsi, time, lat, lon, sog, cog, rng.Next(-1000, 1000), (TransponderClass)rng.Next(4)));
            if (i % 7 == 0)
            {
                tracker.Add(new IdentityReport(mmsi, time, (IdentitySource)rng.Next(30), rng.Next(4) == 0 ? "@@@@" : $" name {rng.Next(3)} ",
                    rng.Next(-5, 10_000_000), rng.Next(3) == 0 ? null : "CALL", new ShipType((byte)rng.Next(256)),
                    new VesselDimensions((ushort)rng.Next(512), (ushort)rng.Next(512), (byte)rng.Next(64), (byte)rng.Next(64)),
                    rng.NextDouble() * 30 - 5, rng.Next(2) == 0 ? null : "", t0.AddDays(rng.Next(-1000, 1000))));
            }
        }
        tracker.Flush();
        var stats = tracker.Tracks.Stats;
        Assert.Equal(50_000, stats.Received);
        Assert.Equal(stats.Received, stats.Accepted + stats.RejectedTotal);
        Assert.Equal(stats.Accepted, segments.Placements.Count);
        Assert.Equal(stats.SegmentsOpened, stats.SegmentsClosed);
        Assert.Equal(segments.Placements.Count, segments.Segments.Values.Sum(s => s.FixCount));
        Assert.True(stats.Rejected(FixRejection.TooLate) > 0);
        Assert.True(stats.Rejected(FixRejection.NoiseSpeed) + stats.Rejected(FixRejection.BadCourse) > 0);
        Assert.Equal(0, tracker.Tracks.ActiveVessels);
        // Placed fixes come out in time order.
        for (var i = 1; i < segments.Placements.Count; i++)
            Assert.True(segments.Placements[i].Fix.Time >= segments.Placements[i - 1].Fix.Time);
    }
}
