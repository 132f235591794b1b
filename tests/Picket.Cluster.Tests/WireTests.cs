using Picket.Cluster.Wire;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Cluster.Tests;

/// <summary>What crosses a grain call comes back as it went: a vessel's batch of fixes and identity reports, and the epoch's clock.</summary>
public class WireTests
{
    [Fact]
    public void A_feed_batch_replays_its_fixes_and_reports_in_order()
    {
        var t = new DateTimeOffset(2018, 2, 14, 3, 0, 0, TimeSpan.Zero);
        var fix = new VesselFix(new Mmsi(445_000_001), t, 38.5, 124.25, 0.3, 181.5, 77, TransponderClass.ClassA);
        var bare = new VesselFix(new Mmsi(445_000_001), t.AddSeconds(10), -12.5, 179.9);
        var report = new IdentityReport(new Mmsi(445_000_001), t.AddSeconds(5), IdentitySource.ClassAStatic, "SKY \"ONE\"", 9_123_456, "HPAB",
            new ShipType(80), new VesselDimensions(150, 30, 12, 14), 9.2, "NAMPO", t.AddDays(2));
        var nameless = new IdentityReport(new Mmsi(445_000_001), t.AddSeconds(6), IdentitySource.ClassAStatic);
        var batch = new FeedItemBatch();
        batch.Add(fix);
        batch.Add(report);
        batch.Add(nameless);
        batch.Add(bare);
        var back = new List<object>();
        FeedItemBatch.Replay(batch.ToArray(), f => back.Add(f), r => back.Add(r));
        Assert.Equal(new object[] { fix, report, nameless, bare }, back);
    }

    [Fact]
    public void The_epoch_clock_survives_delta_coding()
    {
        long[] ticks = [0, 1, 636_543_000_000_000_000, 636_543_000_000_000_001, 636_543_360_000_000_000];
        Assert.Equal(ticks, TickCodec.Decode(TickCodec.Encode(ticks)));
        Assert.Empty(TickCodec.Decode(TickCodec.Encode([])));
    }
}
