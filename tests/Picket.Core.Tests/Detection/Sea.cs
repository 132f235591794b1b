using Picket.Core.Geo;

namespace Picket.Core.Tests.Detection;

/// <summary>Places used by the scenarios: open water at least 50 km from every port in the built-in table.</summary>
internal static class Sea
{
    public static readonly (double Lat, double Lon) YellowSea = (36.0, 123.5);
    public static readonly (double Lat, double Lon) EastChinaSea = (31.5, 124.5);   // ~290 km east of Shanghai, mid-cell of the 1° reception grid
    public static readonly (double Lat, double Lon) KoreaBay = (38.9, 124.0);
    public static readonly (double Lat, double Lon) NampoAnchorage = (38.70, 125.38); // ~2 km from the WPI Nampo point

    public static (double Lat, double Lon) Offset((double Lat, double Lon) p, double bearing, double metres) =>
        GreatCircle.DestinationDegrees(p.Lat, p.Lon, bearing, metres);

    /// <summary>Adds <paramref name="count"/> vessels crossing the Yellow Sea at 10–14 kn on random courses for a day.</summary>
    public static void Background(SeaScenario s, int count, int seed, uint firstMmsi = 412_000_001)
    {
        var rng = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var lat = 34.8 + rng.NextDouble() * 2.4;
            var lon = 122.3 + rng.NextDouble() * 2.4;
            s.Vessel(firstMmsi + (uint)i).At(0, lat, lon).Sail(24, rng.NextDouble() * 360, 10 + rng.NextDouble() * 4);
        }
    }
}
