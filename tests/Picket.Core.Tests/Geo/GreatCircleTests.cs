using Picket.Core.Geo;

namespace Picket.Core.Tests.Geo;

public sealed class GreatCircleTests
{
    [Fact]
    public void One_degree_of_latitude_is_sixty_nautical_miles_to_within_a_percent()
    {
        var d = GreatCircle.Distance(GeoPoint.Create(0, 0), GeoPoint.Create(1, 0));
        Assert.InRange(d.NauticalMiles, 59.5, 60.5);
    }

    [Fact]
    public void Known_distance_Shanghai_to_Nampo()
    {
        // Shanghai (31.23 N, 121.47 E) to Nampo (38.72 N, 125.40 E): about 903 km on the sphere.
        var d = GreatCircle.Distance(GeoPoint.Create(31.23, 121.47), GeoPoint.Create(38.72, 125.40));
        Assert.InRange(d.Kilometres, 895, 912);
    }

    [Fact]
    public void Distance_across_the_antimeridian_is_short()
    {
        var d = GreatCircle.Distance(GeoPoint.Create(0, 179.9), GeoPoint.Create(0, -179.9));
        Assert.InRange(d.Kilometres, 22, 23);
    }

    [Theory]
    [InlineData(0, 0, 1, 0, 0)]
    [InlineData(0, 0, 0, 1, 90)]
    [InlineData(0, 0, -1, 0, 180)]
    [InlineData(0, 0, 0, -1, 270)]
    public void Bearing_points_the_right_way(double lat1, double lon1, double lat2, double lon2, double expected)
    {
        Assert.Equal(expected, GreatCircle.InitialBearing(GeoPoint.Create(lat1, lon1), GeoPoint.Create(lat2, lon2)), 6);
    }

    [Fact]
    public void Destination_inverts_distance_and_bearing()
    {
        var start = GeoPoint.Create(38.9, 123.8);
        var end = GreatCircle.Destination(start, 63, Distance.FromKilometres(250));
        Assert.Equal(250, GreatCircle.Distance(start, end).Kilometres, 3);
        Assert.Equal(63, GreatCircle.InitialBearing(start, end), 3);
    }

    [Fact]
    public void Out_of_range_points_are_refused()
    {
        Assert.False(GeoPoint.TryCreate(91, 0, out _));
        Assert.False(GeoPoint.TryCreate(0, 181, out _));
        Assert.False(GeoPoint.TryCreate(double.NaN, 0, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => GeoPoint.Create(-90.5, 0));
    }

    [Fact]
    public void Implied_speed_of_one_nautical_mile_in_six_minutes_is_ten_knots()
    {
        Assert.Equal(10, Speed.Implied(Distance.FromNauticalMiles(1), TimeSpan.FromMinutes(6)).Knots, 9);
        Assert.Equal(double.PositiveInfinity, Speed.Implied(Distance.FromKilometres(1), TimeSpan.Zero).Knots);
        Assert.Equal(0.514444, new Speed(1).MetresPerSecond, 5);
    }
}
