using Picket.Core.Ports;

namespace Picket.Simulation.Geography;

/// <summary>
/// The East Sea (Sea of Japan) ports and lanes of the coal-laundering chains: the DPRK's north-east coal ports (Rajin,
/// Chongjin), the Russian Far East ports the UN Panel of Experts found the coal relabelled in (Nakhodka, Vostochnyy),
/// and the South Korean and Japanese ports it was landed in. Berths are the detectors' port-table positions (NGA World
/// Port Index; Ulsan and Sakaiminato approximate); gates and lane waypoints lie in open water, so the straight lines
/// between them stay at sea. No shore receiver covers these waters in the simulation: the satellite stream hears them.
/// </summary>
internal static class EastSea
{
    public static readonly Port Rajin = Make("Rajin", "KPRJN", new(42.15, 130.42));
    public static readonly Port Chongjin = Make("Chongjin", "KPCHO", new(41.70, 129.92));
    public static readonly Port Nakhodka = Make("Nakhodka", "RUNJK", new(42.68, 132.90));
    public static readonly Port Vostochnyy = Make("Vostochnyy", "RUVYP", new(42.68, 133.12));
    public static readonly Port Donghae = Make("Donghae", "KRTGA", new(37.53, 129.26));
    public static readonly Port Pohang = Make("Pohang", "KRKPO", new(36.05, 129.52));
    public static readonly Port Ulsan = Make("Ulsan", "KRUSN", new(35.45, 129.52));
    public static readonly Port Sakaiminato = Make("Sakaiminato", "JPSMN", new(35.66, 133.25));

    public static readonly Port[] DprkOrigins = [Rajin, Chongjin];
    public static readonly Port[] Transshipment = [Nakhodka, Vostochnyy];
    public static readonly Port[] KoreanArrivals = [Donghae, Pohang, Ulsan];

    /// <summary>Off the Tumen mouth, south of Peter the Great Gulf: the way from the DPRK's north-east ports to the Russian ones.</summary>
    private static readonly LatLon OffTumen = new(42.25, 131.50);
    /// <summary>The East Sea lane south from the Russian ports, 150–200 km off the DPRK coast.</summary>
    private static readonly LatLon[] SouthLane = [new(40.50, 131.50), new(37.90, 129.75)];
    /// <summary>Where the chains' at-sea transfers are staged: open water east of Chongjin, outside any port's radius.</summary>
    public static readonly LatLon TransferArea = new(40.90, 131.00);

    public static bool IsEastSea(Port p) => p.Berth.Lon > 128.5;

    /// <summary>Gate-to-gate waypoints (both gates included) for the lanes the chain scenarios sail.</summary>
    public static LatLon[] Lane(Port from, Port to)
    {
        var points = new List<LatLon> { from.Gate };
        bool fromDprk = from.IsDprk, toRussia = to.Country == "RU";
        if (fromDprk && toRussia) points.Add(OffTumen);
        else if (from.Country == "RU" && to.Country == "KR")
        {
            points.AddRange(SouthLane);
            if (to != Donghae) points.Add(new LatLon(36.10, 129.80));
        }
        else if (from.Country == "RU" && to == Sakaiminato) points.Add(new LatLon(38.50, 132.60));
        points.Add(to.Gate);
        return [.. points];
    }

    /// <summary>From an open-water point (a transfer) to a port's gate.</summary>
    public static LatLon[] FromSea(LatLon at, Port to)
    {
        var points = new List<LatLon> { at };
        if (to.Country == "KR")
        {
            points.Add(SouthLane[1]);
            if (to != Donghae) points.Add(new LatLon(36.10, 129.80));
        }
        else if (to == Sakaiminato) points.Add(new LatLon(36.60, 132.40));
        points.Add(to.Gate);
        return [.. points];
    }

    private static Port Make(string name, string locode, LatLon gate)
    {
        var known = BuiltInPorts.All.First(p => p.Locode == locode);
        return new Port(name, locode, known.Country, new LatLon(known.Lat, known.Lon), gate, []);
    }
}
