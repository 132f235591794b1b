using Picket.Simulation.Geography;

namespace Picket.Simulation.Radio;

/// <summary>
/// A station that hears AIS and stamps what it hears with its id (tag block <c>s:</c>). A shore station hears
/// ships within <see cref="RangeMetres"/> (VHF line of sight from a mast: 40–60 nm); a satellite
/// (<see cref="Satellite"/>) hears everywhere but loses most messages to slot collisions, class B more than A.
/// </summary>
internal sealed record Receiver(string Id, LatLon Position, double RangeMetres, double ClassAProbability, double ClassBProbability, bool Satellite = false)
{
    public double Probability(LatLon ship, bool classB)
    {
        if (!Satellite && Position.DistanceMetres(ship) > RangeMetres) return 0;
        return classB ? ClassBProbability : ClassAProbability;
    }
}

/// <summary>An area where shore reception is poor (terrain, interference, distance): most messages are lost there.</summary>
internal sealed record CoverageZone(string Name, LatLon Centre, double RadiusMetres, double ShoreFactor, double SatelliteFactor)
{
    public bool Contains(LatLon p) => Centre.DistanceMetres(p) <= RadiusMetres;
}
