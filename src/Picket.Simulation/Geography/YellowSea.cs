using Picket.Core.Ports;
using Picket.Simulation.Radio;

namespace Picket.Simulation.Geography;

/// <summary>
/// The Yellow Sea, Bohai and Korea Bay with the northern East China Sea: the waters of the 2017–2019 oil transfers
/// to DPRK tankers. Berths are NGA World Port Index positions (Pub. 150); gates and hubs are chosen in
/// open water so that straight lanes between them stay at sea; transfer areas are §5.2's hotspots.
/// </summary>
internal static class YellowSea
{
    public static Region Create()
    {
        LatLon[] hubs =
        [
            new(38.80, 119.80), // 0 Bohai, central
            new(38.45, 121.00), // 1 Bohai Strait (Laotieshan channel)
            new(40.00, 121.20), // 2 Liaodong Bay
            new(38.40, 122.80), // 3 northern Yellow Sea
            new(39.00, 124.00), // 4 Korea Bay
            new(37.45, 122.90), // 5 off Chengshan Jiao, Shandong's eastern tip
            new(36.00, 123.50), // 6 central Yellow Sea
            new(37.20, 125.60), // 7 off Incheon / Gyeonggi Bay
            new(38.45, 124.80), // 8 off Nampo (Korea Bay, south)
            new(33.80, 123.30), // 9 southern Yellow Sea
            new(31.30, 122.80), // 10 off the Yangtze mouth
            new(35.80, 120.90), // 11 off Qingdao
            new(34.80, 120.20), // 12 off Lianyungang
        ];
        (int, int)[] edges =
        [
            (0, 1), (0, 2), (1, 2), (1, 3), (1, 5), (3, 4), (3, 5), (3, 8), (4, 8), (5, 6), (5, 11),
            (6, 7), (6, 8), (6, 9), (6, 11), (7, 8), (9, 10), (9, 12), (11, 12), (6, 12),
        ];
        Port[] ports =
        [
            new("Dalian", "CNDAL", "CN", new(38.9167, 121.6667), new(38.78, 121.95), [3, 1]),
            new("Dandong", "CNDDZ", "CN", new(39.8167, 124.1500), new(39.55, 124.00), [4]),
            new("Yingkou", "CNYIK", "CN", new(40.6833, 122.2333), new(40.50, 121.95), [2]),
            new("Tianjin Xingang", "CNTXG", "CN", new(38.9667, 117.8333), new(38.95, 118.10), [0]),
            new("Tangshan", "CNTGS", "CN", new(39.2000, 119.0167), new(39.05, 119.10), [0]),
            new("Longkou", "CNLKU", "CN", new(37.6333, 120.2833), new(37.80, 120.20), [0, 1]),
            new("Yantai", "CNYTG", "CN", new(37.5500, 121.4000), new(37.70, 121.45), [1, 3]),
            new("Weihai", "CNWEG", "CN", new(37.5000, 122.1000), new(37.60, 122.25), [3, 5]),
            new("Qingdao", "CNQIN", "CN", new(36.0333, 120.2667), new(35.95, 120.50), [11]),
            new("Rizhao", "CNRZH", "CN", new(35.3833, 119.5667), new(35.30, 119.80), [11, 12]),
            new("Lianyungang", "CNLYG", "CN", new(34.7333, 119.4500), new(34.75, 119.75), [12]),
            new("Shanghai", "CNSGH", "CN", new(31.2167, 121.5000), new(31.30, 122.10), [10]),
            new("Zhoushan", "CNZOS", "CN", new(30.0000, 122.1000), new(30.20, 122.60), [10]),
            new("Incheon", "KRINC", "KR", new(37.4667, 126.6167), new(37.35, 126.35), [7]),
            new("Pyeongtaek", "KRPTK", "KR", new(37.0000, 126.8000), new(36.95, 126.50), [7]),
            new("Nampo", "KPNAM", "KP", new(38.7167, 125.4000), new(38.60, 125.15), [8]),
            new("Haeju", "KPHAE", "KP", new(38.0000, 125.7000), new(37.80, 125.60), [7]),
        ];
        // Shore stations on the Chinese and South Korean coasts; none in the DPRK, as in the real networks.
        const double shoreRange = 100_000, shoreA = 0.92, shoreB = 0.80;
        Receiver[] receivers =
        [
            new("rx-dalian", new(38.85, 121.60), shoreRange, shoreA, shoreB),
            new("rx-tianjin", new(38.95, 117.85), shoreRange, shoreA, shoreB),
            new("rx-yantai", new(37.55, 121.40), shoreRange, shoreA, shoreB),
            new("rx-chengshan", new(37.40, 122.70), shoreRange, shoreA, shoreB),
            new("rx-qingdao", new(36.05, 120.30), shoreRange, shoreA, shoreB),
            new("rx-lianyungang", new(34.75, 119.45), shoreRange, shoreA, shoreB),
            new("rx-shanghai", new(31.25, 121.80), shoreRange, shoreA, shoreB),
            new("rx-dandong", new(39.80, 124.15), shoreRange, shoreA, shoreB),
            new("rx-yingkou", new(40.65, 122.20), shoreRange, shoreA, shoreB),
            new("rx-incheon", new(37.45, 126.55), shoreRange, shoreA, shoreB),
            new("rx-baengnyeong", new(37.97, 124.70), shoreRange, shoreA, shoreB),
            // East Sea stations on the Russian, South Korean and Japanese coasts, where the coal chains end (none in the DPRK).
            new("rx-nakhodka", new(42.80, 132.90), shoreRange, shoreA, shoreB),
            new("rx-donghae", new(37.50, 129.12), shoreRange, shoreA, shoreB),
            new("rx-pohang", new(36.03, 129.37), shoreRange, shoreA, shoreB),
            new("rx-sakaiminato", new(35.55, 133.25), shoreRange, shoreA, shoreB),
            // One satellite pass stream: hears the open sea the shore cannot, losing most messages (collisions).
            new("sat-1", new(35.0, 123.0), double.MaxValue, 0.22, 0.06, Satellite: true),
        ];
        CoverageZone[] poor =
        [
            new("central Yellow Sea shadow", new(35.60, 124.40), 90_000, 0.15, 1.0),
            new("Haizhou Bay interference", new(34.90, 119.90), 35_000, 0.25, 1.0),
        ];
        // Berths where the detectors' port table has the port, so "in port" means the same to both.
        for (int i = 0; i < ports.Length; i++)
        {
            var known = BuiltInPorts.All.FirstOrDefault(k => k.Locode == ports[i].Locode);
            if (known != null) ports[i] = ports[i] with { Berth = new LatLon(known.Lat, known.Lon) };
        }
        return new Region
        {
            Name = "yellow-sea",
            Ports = ports,
            Hubs = hubs,
            HubEdges = edges,
            Receivers = receivers,
            PoorCoverage = poor,
            TransferAreas =
            [
                ("East China Sea, ~250 km east of Shanghai", new(31.20, 124.10), 25_000),
                ("East China Sea, ~350 km east of Shanghai", new(31.20, 125.20), 25_000),
                ("Korea Bay, DPRK western waters", new(38.70, 124.35), 12_000),
                ("off Lianyungang", new(34.55, 120.60), 12_000),
            ],
            Areas =
            [
                new("Bohai", 37.0, 41.0, 117.5, 121.3),
                new("North Yellow Sea and Korea Bay", 37.8, 41.0, 121.3, 126.0),
                new("Central Yellow Sea", 35.0, 37.8, 119.0, 127.0),
                new("South Yellow Sea and East China Sea", 29.5, 35.0, 119.0, 127.0),
            ],
        };
    }
}
