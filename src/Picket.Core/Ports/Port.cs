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
/// <param name="Name">The port's English name, e.g. <c>Nampo</c>.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the port's country.</param>
/// <param name="Locode">UN/LOCODE (five characters, e.g. <c>KPNAM</c>), or null when none is known.</param>
/// <param name="Lat">Latitude of the reference point, decimal degrees WGS84.</param>
/// <param name="Lon">Longitude of the reference point, decimal degrees WGS84.</param>
/// <param name="Source">Where the reference point comes from.</param>
public sealed record Port(string Name, string Country, string? Locode, double Lat, double Lon, PortSource Source = PortSource.WorldPortIndex)
{
    /// <summary>Whether the port is in the Democratic People's Republic of Korea (country <c>KP</c>).</summary>
    public bool IsDprk => Country == "KP";

    /// <summary>The reference point as a checked position.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="Lat"/> or <see cref="Lon"/> is out of range.</exception>
    public GeoPoint Position => GeoPoint.Create(Lat, Lon);
}

/// <summary>The nearest port to a position and how far it is.</summary>
/// <param name="Port">The nearest port.</param>
/// <param name="DistanceKm">Great-circle distance from the queried position to the port's reference point, kilometres.</param>
public readonly record struct NearestPort(Port Port, double DistanceKm);
