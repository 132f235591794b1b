using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Tracks;

public sealed class TrackBuilderTests
{
    private static readonly DateTimeOffset T0 = new(2018, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly Mmsi M = new(445112000);

    private static VesselFix Fix(double minutes, double lat, double lon, double? sog = null, uint mmsi = 445112000) =>
        new(new Mmsi(mmsi), T0.AddMinutes(minutes), lat, lon, sog);

    private static (TrackBuilder B, SegmentCollector S, EventCollector E) New(TrackBuilderOptions? o = null)
    {
        var s = new SegmentCollector();
        var e = new EventCollector();
        return (new TrackBuilder(o, s, e), s, e);
    }

    [Theory]
    [InlineData(91, 0, FixRejection.PositionNotAvailable)]
    [InlineData(0, 181, FixRejection.PositionNotAvailable)]
    [InlineData(0, 0, FixRejection.PositionNotAvailable)]
    [InlineData(-91, 0, FixRejection.PositionOutOfRange)]
    [InlineData(double.NaN, 0, FixRejection.PositionOutOfRange)]
    public void Bad_positions_are_counted_not_thrown(double lat, double lon, FixRejection reason)
    {
        var (b, s, _) = New();
        Assert.False(b.Add(Fix(0, lat, lon)));
        Assert.Equal(1, b.Stats.Rejected(reason));
        b.Flush();
        Assert.Empty(s.Placements);
    }

    [Theory]
    [InlineData(102.3)]
    [InlineData(51.2)]
    [InlineData(63.0)]
    public void Junk_speeds_are_filtered(double sog)
    {
        var (b, _, _) = New();
        Assert.False(b.Add(Fix(0, 38, 124, sog)));
        Assert.Equal(1, b.Stats.Rejected(FixRejection.NoiseSpeed));
        Assert.True(b.Add(Fix(1, 38, 124, 10.2)));
    }

    [Fact]
    public void Times_outside_the_AIS_era_are_refused()
    {
        var (b, _, _) = New();
        Assert.False(b.Add(new VesselFix(M, DateTimeOffset.MinValue, 38, 124)));
        Assert.False(b.Add(new VesselFix(M, new DateTimeOffset(2150, 1, 1, 0, 0, 0, TimeSpan.Zero), 38, 124)));
        Assert.Equal(2, b.Stats.Rejected(FixRejection.TimeOutOfRange));
    }

    [Fact]
    public void Options_out_of_range_are_api_misuse()
    {
        Assert.Throws<ArgumentException>(() => new TrackBuilder(new TrackBuilderOptions { MaxSpeedKnots = 0 }, new NullTrackSink(), new EventCollector()));
        Assert.Throws<ArgumentException>(() => new TrackBuilder(new TrackBuilderOptions { MaxOpenSegmentsPerVessel = 10_000 }, new NullTrackSink(), new EventCollector()));
    }

    [Fact]
    public void Aids_to_navigation_are_not_vessels()
    {
        var (b, _, _) = New();
        Assert.False(b.Add(Fix(0, 38, 124, mmsi: 992351234)));
        Assert.Equal(1, b.Stats.Rejected(FixRejection.NotAVessel));
    }

    [Fact]
    public void Disorder_within_the_window_is_repaired_and_beyond_it_is_counted()
    {
        var (b, s, _) = New(new TrackBuilderOptions { ReorderWindow = TimeSpan.FromMinutes(2) });
        b.Add(Fix(0, 38.00, 124.00));
        b.Add(Fix(2, 38.02, 124.00));
        b.Add(Fix(1, 38.01, 124.00)); // 1 min late: fine
        b.Add(Fix(10, 38.10, 124.00));
        Assert.True(b.Add(Fix(3, 38.03, 124.00))); // 7 min behind the newest, but nothing after it was placed yet
        b.Add(Fix(13, 38.13, 124.00));             // places everything up to 11 min
        Assert.False(b.Add(Fix(9, 38.09, 124.00))); // the 10-min fix is already placed: too late
        b.Flush();
        Assert.Equal([0.0, 1, 2, 3, 10, 13], s.Placements.Select(p => (p.Fix.Time - T0).TotalMinutes));
        Assert.Equal(1, b.Stats.Rejected(FixRejection.TooLate));
        Assert.Single(s.Segments);
    }

    [Fact]
    public void A_fix_implying_more_than_the_speed_limit_opens_a_new_segment()
    {
        var (b, s, _) = New();
        b.Add(Fix(0, 38.0, 124.0));
        b.Add(Fix(60, 38.0 + 29.0 / 60, 124.0)); // 29 nm in 1 h: fits 30 kn
        b.Add(Fix(120, 38.0 + 29.0 / 60 + 40.0 / 60, 124.0)); // 40 nm in 1 h: does not
        b.Flush();
        Assert.Equal(2, s.Segments.Count);
        Assert.Equal([2, 1], s.Segments.Values.OrderBy(x => x.Start).Select(x => x.FixCount));
    }

    [Fact]
    public void A_gap_over_24_hours_closes_the_segment()
    {
        var (b, s, _) = New();
        b.Add(Fix(0, 38.0, 124.0));
        b.Add(Fix(60 * 25, 38.0, 124.0));
        b.Flush();
        Assert.Equal(2, s.Segments.Count);
    }

    [Fact]
    public void Idle_vessels_are_evicted_as_stream_time_passes()
    {
        var (b, s, _) = New();
        for (uint i = 0; i < 100; i++)
            b.Add(Fix(0, 10 + i * 0.1, 120, mmsi: 412000000 + i));
        b.AdvanceTo(T0.AddMinutes(5)); // past the reorder window: the fixes are placed
        Assert.Equal(100, b.ActiveVessels);
        b.Add(Fix(60 * 30, 38, 124, mmsi: 445112000)); // 30 h later, one vessel speaks
        Assert.Equal(0, b.ActiveVessels);                // the 100 are swept at once; the new fix waits in the window
        b.AdvanceTo(T0.AddHours(30).AddMinutes(5));
        Assert.Equal(1, b.ActiveVessels);
        Assert.Equal(100, b.Stats.VesselsEvicted);
        Assert.Equal(100, s.Segments.Count);
        b.AdvanceTo(T0.AddHours(60));
        Assert.Equal(0, b.ActiveVessels);
    }

    [Fact]
    public void Two_transmitters_on_one_mmsi_make_two_segments_and_one_clash()
    {
        var (b, s, e) = New();
        for (var i = 0; i < 40; i++)
        {
            b.Add(Fix(i * 3, 38.0 + i * 0.005, 124.0));   // Yellow Sea
            b.Add(Fix(i * 3 + 1, 43.1, 131.9));           // Vladivostok, ~900 km away
        }
        b.Flush();
        Assert.Equal(2, s.Segments.Count);
        Assert.All(s.Segments.Values, x => Assert.Equal(40, x.FixCount));
        var clash = Assert.Single(e.Events);
        Assert.Equal(EventType.IdentityClash, clash.Type);
        Assert.Equal(SegmentRole.Clash, s.Segments.Values.Single(x => x.ParentId != 0).Role);
        Assert.InRange(((IdentityClashEvidence)clash.Evidence).DistanceKm, 800, 1000);
    }

    [Fact]
    public void A_single_stray_fix_is_a_one_fix_jump()
    {
        var (b, s, e) = New();
        for (var i = 0; i < 30; i++)
            b.Add(i == 10 ? Fix(i * 3, 10.0, 100.0) : Fix(i * 3, 38.0 + i * 0.005, 124.0));
        b.Flush();
        var jump = Assert.Single(e.Events);
        Assert.Equal(EventType.PositionJump, jump.Type);
        Assert.Equal(1L, ((PositionJumpEvidence)jump.Evidence).Fixes);
        Assert.Equal(29, s.Segments.Values.Where(x => x.Role == SegmentRole.Track).Sum(x => x.FixCount));
    }

    [Fact]
    public void A_relocation_without_return_is_not_a_jump()
    {
        var (b, _, e) = New();
        for (var i = 0; i < 10; i++)
            b.Add(Fix(i * 3, 38.0, 124.0));
        for (var i = 10; i < 30; i++)
            b.Add(Fix(i * 3, 20.0, 110.0)); // a second stream takes over and the first never speaks again
        b.Flush();
        Assert.Empty(e.Events);
    }

    [Fact]
    public void Per_vessel_state_stays_small()
    {
        // A vessel with one open segment holds one ~150-byte struct; the array shrinks back after a clash ends.
        Assert.InRange(System.Runtime.CompilerServices.Unsafe.SizeOf<OpenSegment>(), 100, 200);
    }
}
