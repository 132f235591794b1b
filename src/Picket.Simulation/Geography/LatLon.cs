using Picket.Core.Geo;

namespace Picket.Simulation.Geography;

/// <summary>A simulated position in decimal degrees, with the small geometry the simulator needs.</summary>
internal readonly record struct LatLon(double Lat, double Lon)
{
    public double DistanceMetres(LatLon other) => GreatCircle.DistanceMetres(Lat, Lon, other.Lat, other.Lon);

    public double BearingTo(LatLon other) => GreatCircle.InitialBearingDegrees(Lat, Lon, other.Lat, other.Lon);

    public LatLon Offset(double bearingDegrees, double metres)
    {
        var (lat, lon) = GreatCircle.DestinationDegrees(Lat, Lon, bearingDegrees, metres);
        return new LatLon(lat, lon);
    }

    /// <summary>Linear interpolation in degrees; legs are short enough (≤ a few hundred km) that the error is metres.</summary>
    public LatLon Lerp(LatLon to, double f) => new(Lat + (to.Lat - Lat) * f, Lon + (to.Lon - Lon) * f);
}
