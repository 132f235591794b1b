using Picket.Core.Geo;

namespace Picket.Core.Tests.Detection;

public class ShorelineTests
{
    [Theory]
    [InlineData(39.03, 125.75, true)]   // Pyongyang
    [InlineData(32.06, 118.80, true)]   // Nanjing: the Yangtze is land at 1:50m, so river traffic is not "at sea"
    [InlineData(38.5, -98.0, true)]     // Kansas
    [InlineData(-80.0, 0.0, true)]      // Antarctica
    [InlineData(36.0, 123.5, false)]    // Yellow Sea
    [InlineData(42.0, 50.5, false)]     // Caspian Sea (a lake in the data)
    [InlineData(30.0, -150.0, false)]   // Pacific
    public void Land_and_sea_are_told_apart(double lat, double lon, bool land) =>
        Assert.Equal(land, Shoreline.NaturalEarth.IsLand(lat, lon));

    [Theory]
    [InlineData(36.0, 123.5, 120, 160)]  // mid Yellow Sea
    [InlineData(38.9, 124.0, 80, 110)]   // Korea Bay
    [InlineData(38.70, 125.38, 0.5, 6)]  // Nampo anchorage in the Taedong estuary
    [InlineData(36.8, 129.6, 8, 16)]     // off Uljin, Korea
    public void Distances_from_shore_match_the_chart(double lat, double lon, double minKm, double maxKm) =>
        Assert.InRange(Shoreline.NaturalEarth.DistanceKm(lat, lon, 200), minKm, maxKm);

    [Fact]
    public void The_search_stops_at_the_requested_range() =>
        Assert.Equal(50, Shoreline.NaturalEarth.DistanceKm(30.0, -150.0, 50));
}
