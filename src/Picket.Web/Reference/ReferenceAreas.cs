using Picket.Core.Geo;
using Picket.Core.Ports;

namespace Picket.Web.Reference;

/// <summary>A reference area or place the map draws: its name, kind, the source it is taken from, and its shape.</summary>
internal sealed record AreaFeature(string Type, AreaGeometry Geometry, AreaProperties Properties);

/// <summary>A Point ([lon, lat]) or a Polygon ([[[lon, lat], …]]): coordinates as GeoJSON nests them (RFC 7946 §3.1).</summary>
internal sealed record AreaGeometry(string Type, object Coordinates);

/// <summary>What the map shows of an area or place.</summary>
/// <param name="Name">The port's or area's name.</param>
/// <param name="Kind"><c>dprk_port</c>, <c>port</c>, <c>dprk_port_approach</c> (the port-call radius the detector uses) or <c>sts_hotspot</c>.</param>
/// <param name="Source">The public source the place or the area's bounds are taken from.</param>
internal sealed record AreaProperties(string Name, string Kind, string Source);

internal sealed record AreaCollection(string Type, IReadOnlyList<AreaFeature> Features);

/// <summary>
/// The reference areas of the map: the built-in port table (DPRK ports from the NGA World Port Index, Pub. 150), a
/// circle around each DPRK port of the distance inside which a stop counts as a call, and the ship-to-ship transfer
/// areas named in public reporting (positions are estimates from those reports, not official coordinates).
/// </summary>
internal static class ReferenceAreas
{
    // Name, centre, half-size in degrees, source.
    private static readonly (string Name, double Lat, double Lon, double Half, string Source)[] Hotspots =
    [
        ("East China Sea, 250-450 km east of Shanghai", 31.2, 125.2, 1.2, "Japan MOFA notices of suspected STS transfers, 2018-2019"),
        ("Korea Bay / off Nampo", 38.6, 124.9, 0.5, "KBS/VOA, 5 July 2024"),
        ("Nampo anchorage and West Sea Barrage", 38.72, 125.30, 0.15, "38 North / RUSI imagery, March 2020"),
        ("East Sea off Wonsan", 39.25, 127.70, 0.3, "KBS/VOA, 5 July 2024"),
        ("Off Lianyungang", 34.73, 119.60, 0.25, "The Diplomat, August 2019"),
        ("Ningbo-Zhoushan anchorage", 30.0, 122.2, 0.3, "AP/Reuters, 2020"),
    ];

    public static AreaCollection Build(double portCallKm)
    {
        var features = new List<AreaFeature>();
        foreach (var port in PortTable.Default.Ports)
        {
            string source = port.Source == PortSource.WorldPortIndex ? "NGA World Port Index (Pub. 150)" : "public charts (approximate)";
            features.Add(new AreaFeature("Feature", new AreaGeometry("Point", new[] { port.Lon, port.Lat }), new AreaProperties(port.Name, port.IsDprk ? "dprk_port" : "port", source)));
            if (port.IsDprk)
                features.Add(new AreaFeature("Feature", new AreaGeometry("Polygon", new[] { Circle(port.Lat, port.Lon, portCallKm) }),
                    new AreaProperties(port.Name, "dprk_port_approach", "Picket port-call distance")));
        }
        foreach (var h in Hotspots)
        {
            double[][] ring = [[h.Lon - h.Half, h.Lat - h.Half], [h.Lon + h.Half, h.Lat - h.Half], [h.Lon + h.Half, h.Lat + h.Half], [h.Lon - h.Half, h.Lat + h.Half], [h.Lon - h.Half, h.Lat - h.Half]];
            features.Add(new AreaFeature("Feature", new AreaGeometry("Polygon", new[] { ring }), new AreaProperties(h.Name, "sts_hotspot", h.Source)));
        }
        return new AreaCollection("FeatureCollection", features);
    }

    /// <summary>A 32-sided polygon around a point (counter-clockwise, closed: RFC 7946 §3.1.6).</summary>
    private static double[][] Circle(double lat, double lon, double km)
    {
        var ring = new double[33][];
        for (int i = 0; i <= 32; i++)
        {
            var (la, lo) = GreatCircle.DestinationDegrees(lat, lon, 360.0 - i * 360.0 / 32, km * 1000);
            ring[i] = [Math.Round(lo, 5), Math.Round(la, 5)];
        }
        ring[32] = ring[0];
        return ring;
    }
}
