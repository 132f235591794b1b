using Picket.Core.Geo;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Tracks;

/// <summary>
/// The builder skips scoring a lone open segment when <see cref="SegmentMatcher.SurelyFits"/> says the fix fits; that
/// must never say so where <see cref="SegmentMatcher.Score"/> (the haversine against the speed limit) would refuse the
/// fix, or the tracks would change. Checked against the haversine itself on random pairs everywhere on the globe,
/// around the limit, across the antimeridian and near the poles.
/// </summary>
public sealed class SegmentMatcherBoundTests
{
    private const double MaxKnots = 30;
    private static readonly long T0 = new DateTime(2018, 3, 2, 10, 0, 0, DateTimeKind.Utc).Ticks;

    [Theory]
    [InlineData(1, 0.25)]  // the default 15-minute time buffer
    [InlineData(2, 0.0)]   // no buffer: the limit follows the elapsed time alone, down to zero
    [InlineData(3, 2.0)]
    public void Never_says_fits_where_the_haversine_refuses(int seed, double bufferHours)
    {
        var rng = new Random(seed);
        int surely = 0, refusedByScore = 0;
        for (var i = 0; i < 200_000; i++)
        {
            var (lat1, lon1) = (rng.NextDouble() * 180 - 90, rng.NextDouble() * 360 - 180);
            if (i % 4 == 0) (lat1, lon1) = (89.9 * Math.Sign(lat1), 179.99 * Math.Sign(lon1)); // poles and the antimeridian
            var seconds = rng.Next(0, 4) switch { 0 => 0, 1 => rng.Next(1, 60), 2 => rng.Next(60, 3_600), _ => rng.Next(3_600, 86_400) };
            var hours = Math.Sqrt(Math.Pow(seconds / 3600.0, 2) + bufferHours * bufferHours);
            var limitMetres = MaxKnots * Math.Max(hours, 1e-6) * Distance.MetresPerNauticalMile;
            // Mostly just inside or just outside the limit, where a bound that is too generous would show.
            var metres = limitMetres * (rng.Next(0, 3) switch { 0 => rng.NextDouble() * 0.2, 1 => 0.999 + rng.NextDouble() * 0.002, _ => rng.NextDouble() * 3 });
            var (lat2, lon2) = GreatCircle.DestinationDegrees(lat1, lon1, rng.NextDouble() * 360, metres);
            var segment = new OpenSegment
            {
                Id = 1, FirstTicks = T0, LastTicks = T0, LastLat = lat1, LastLon = lon1, Count = 5,
                LastSog = (float)(rng.NextDouble() * 20), LastCog = (float)(rng.NextDouble() * 359), VelNorth = float.NaN, VelEast = float.NaN,
            };
            var ticks = T0 + seconds * TimeSpan.TicksPerSecond;
            var fix = new VesselFix(new Mmsi(412_000_001), new DateTimeOffset(ticks, TimeSpan.Zero), lat2, lon2, 10, 90);
            var score = SegmentMatcher.Score(segment, fix, ticks, MaxKnots, bufferHours, 10);
            if (!SegmentMatcher.SurelyFits(segment, fix, ticks, MaxKnots, bufferHours))
            {
                if (score == 0) refusedByScore++;
                continue;
            }
            surely++;
            Assert.True(score > 0, $"bound said fits, haversine refused: ({lat1}, {lon1}) → ({lat2}, {lon2}) in {seconds} s");
        }
        // Both sides were exercised: the bound settles many pairs, and many pairs did not fit at all.
        Assert.InRange(surely, 20_000, 200_000);
        Assert.InRange(refusedByScore, 20_000, 200_000);
    }

    [Fact]
    public void Settles_ordinary_consecutive_fixes_without_the_haversine()
    {
        // Ten knots for a minute off Nampo, and a ship at anchor: far inside the limit.
        var segment = new OpenSegment { LastTicks = T0, LastLat = 38.7, LastLon = 125.3, Count = 3, VelNorth = float.NaN, VelEast = float.NaN };
        var ticks = T0 + TimeSpan.TicksPerMinute;
        Assert.True(SegmentMatcher.SurelyFits(segment, new VesselFix(new Mmsi(445_000_001), new DateTimeOffset(ticks, TimeSpan.Zero), 38.7028, 125.3), ticks, MaxKnots, 0.25));
        Assert.True(SegmentMatcher.SurelyFits(segment, new VesselFix(new Mmsi(445_000_001), new DateTimeOffset(ticks, TimeSpan.Zero), 38.7, 125.3), ticks, MaxKnots, 0.25));
        // Twenty miles away a minute later is beyond 30 kn over the padded quarter hour: not "surely".
        Assert.False(SegmentMatcher.SurelyFits(segment, new VesselFix(new Mmsi(445_000_001), new DateTimeOffset(ticks, TimeSpan.Zero), 39.0333, 125.3), ticks, MaxKnots, 0.25));
    }
}
