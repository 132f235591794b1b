using Picket.Core.Geo;

namespace Picket.Core.Ports;

/// <summary>Where a port's reference point comes from, so an analyst knows how far to trust a call there.</summary>
public enum PortSource : byte
{
    /// <summary>NGA World Port Index (Pub. 150) position.</summary>
    WorldPortIndex = 0,
    /// <summary>A harbour position read off public charts for a major regional port; good to about 2 km.</summary>
    Approximate = 1,
}

/// <summary>
/// A port's reference point: a single harbour position, not the anchorage polygons Global Fishing Watch builds from
/// traffic, so the 3 km / 4 km entry and exit radii are measured from this point. <see cref="Country"/> is the
/// ISO 3166 alpha-2 code; <see cref="IsDprk"/> marks the ports of North Korea, whose calls an analyst must see first.
/// </summary>
public sealed record Port(string Name, string Country, string? Locode, double Lat, double Lon, PortSource Source = PortSource.WorldPortIndex)
{
    public bool IsDprk => Country == "KP";

    public GeoPoint Position => GeoPoint.Create(Lat, Lon);
}

/// <summary>The nearest port to a position and how far it is.</summary>
public readonly record struct NearestPort(Port Port, double DistanceKm);
