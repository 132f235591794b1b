using Picket.Core.Ports;
using Picket.Simulation.Radio;

namespace Picket.Simulation.Geography;

/// <summary>
/// A simulated sea: its ports, the open-water hubs that lanes follow (straight lines between hubs stay at sea),
/// the receivers that hear it, the areas of poor coverage and the places where transfers are staged.
/// </summary>
internal sealed class Region
{
    public required string Name { get; init; }
    public required IReadOnlyList<Port> Ports { get; init; }
    public required IReadOnlyList<LatLon> Hubs { get; init; }
    public required IReadOnlyList<(int A, int B)> HubEdges { get; init; }
    public required IReadOnlyList<Receiver> Receivers { get; init; }
    public required IReadOnlyList<CoverageZone> PoorCoverage { get; init; }
    /// <summary>STS hotspots named in UN Panel of Experts reports S/2018/171 and S/2019/171 (points are estimates, not official coordinates) with the radius (m) a meeting point is drawn from.</summary>
    public required IReadOnlyList<(string Name, LatLon Centre, double RadiusMetres)> TransferAreas { get; init; }
    /// <summary>Named boxes for the realism checks (vessel counts per area).</summary>
    public required IReadOnlyList<AreaBox> Areas { get; init; }

    private SeaRoutes? _routes;

    public SeaRoutes Routes => _routes ??= new SeaRoutes(this);

    /// <summary>
    /// The ports the detectors know (Picket.Core's built-in table, WPI positions): port calls and the 10 km port
    /// exclusion are judged against these, so truth and detection use one definition of "a port" — including ports
    /// the simulated traffic does not call at but may pass (Caofeidian beside the Tianjin lane).
    /// </summary>
    public PortTable KnownPorts { get; init; } = PortTable.Default;

    /// <summary>Distance in metres to the nearest known port within 50 km (<see cref="double.MaxValue"/> beyond), and which.</summary>
    public double NearestPortMetres(LatLon p, out Picket.Core.Ports.Port? nearest)
    {
        var n = KnownPorts.Nearest(p.Lat, p.Lon, PortTable.IndexedRadiusKm);
        nearest = n?.Port;
        return n is { } x ? x.DistanceKm * 1000 : double.MaxValue;
    }

    public Port Port(string name) => Ports.First(p => p.Name == name);

    public static Region? Named(string name) => name switch
    {
        "yellow-sea" => YellowSea.Create(),
        _ => null,
    };

    public static IReadOnlyList<string> Known => ["yellow-sea"];
}

/// <summary>A latitude/longitude box with a name.</summary>
internal readonly record struct AreaBox(string Name, double South, double North, double West, double East)
{
    public bool Contains(double lat, double lon) => lat >= South && lat < North && lon >= West && lon < East;
}
