namespace Picket.Testing.Traffic;

/// <summary>A latitude/longitude box the synthetic fleet sails in; a vessel that leaves it turns back.</summary>
public readonly record struct SeaBox(double South, double West, double North, double East)
{
    /// <summary>20–30° N, 125–135° E: open sea (Philippine Sea and the Ryukyu chain), almost no land.</summary>
    public static readonly SeaBox OpenSea = new(20, 125, 30, 135);

    /// <summary>30–40° N, 120–130° E: the Yellow Sea with the Chinese and Korean coasts and their ports (vessels cross land too).</summary>
    public static readonly SeaBox YellowSea = new(30, 120, 40, 130);

    /// <summary>The world's shipping latitudes, every longitude but the antimeridian's edge.</summary>
    public static readonly SeaBox World = new(-50, -179, 50, 179);

    public double Height => North - South;

    public double Width => East - West;

    public bool Contains(double lat, double lon) => lat >= South && lat <= North && lon >= West && lon <= East;
}
