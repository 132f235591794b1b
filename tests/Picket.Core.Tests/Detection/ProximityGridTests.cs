using Picket.Core.Geo;

namespace Picket.Core.Tests.Detection;

public class ProximityGridTests
{
    [Theory]
    [InlineData(0.0, 3000)]    // equator
    [InlineData(38.5, 3000)]   // Korea Bay
    [InlineData(65.0, 1500)]   // narrow longitude degrees
    public void Every_pair_within_the_radius_is_a_candidate_and_far_points_are_not(double lat0, int n)
    {
        var rng = new Random(5);
        var pts = Enumerable.Range(0, n).Select(_ => (Lat: lat0 + rng.NextDouble() * 0.3, Lon: 124 + rng.NextDouble() * 0.3)).ToArray();
        var grid = new ProximityGrid(2);
        // Twice, to check that Clear and re-use (after the table has grown) give the same answers.
        for (var round = 0; round < 2; round++)
        {
            grid.Clear();
            for (var i = 0; i < n; i++)
                grid.Add(i, pts[i].Lat, pts[i].Lon);
            var candidates = new List<int>();
            for (var i = 0; i < n; i += 7)
            {
                candidates.Clear();
                grid.Candidates(pts[i].Lat, pts[i].Lon, candidates);
                var set = candidates.ToHashSet();
                Assert.Equal(candidates.Count, set.Count); // each point once
                for (var j = 0; j < n; j++)
                {
                    var d = GreatCircle.DistanceMetres(pts[i].Lat, pts[i].Lon, pts[j].Lat, pts[j].Lon);
                    if (d <= 1000)
                        Assert.Contains(j, set);
                    if (d > 12_000)
                        Assert.DoesNotContain(j, set); // 3 × 3 cells of ~2 km: never further than ~6 km
                }
            }
        }
    }
}
