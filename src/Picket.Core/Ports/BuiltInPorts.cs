namespace Picket.Core.Ports;

/// <summary>
/// The built-in port table. DPRK, Chinese, Russian Far East and South Korean positions are the NGA World Port Index
/// (Pub. 150) figures; the other major ports of the region (Japan, Taiwan,
/// South China, Singapore) are approximate harbour positions from public charts (<see cref="PortSource.Approximate"/>).
/// Taean (Nampo area) is not in the WPI and not listed; calls there fall within Nampo's radius only if close.
/// </summary>
public static class BuiltInPorts
{
    /// <summary>Every built-in port, DPRK ports first.</summary>
    public static IReadOnlyList<Port> All { get; } =
    [
        // DPRK (WPI).
        new("Nampo", "KP", "KPNAM", 38.7167, 125.4000),
        new("Songnim", "KP", "KPSGN", 38.7333, 125.6167),
        new("Haeju", "KP", "KPHAE", 38.0000, 125.7000),
        new("Wonsan", "KP", "KPWON", 39.1667, 127.4500),
        new("Hungnam", "KP", "KPHGM", 39.8333, 127.6167),
        new("Chaho", "KP", null, 40.2000, 128.6500),
        new("Kimchaek", "KP", "KPSON", 40.6667, 129.2000),
        new("Chongjin", "KP", "KPCHO", 41.7667, 129.8167),
        new("Rajin", "KP", "KPRJN", 42.2333, 130.3000),
        new("Sonbong", "KP", null, 42.3333, 130.4000),
        // Russian Far East (WPI).
        new("Vladivostok", "RU", "RUVVO", 43.1089, 131.8883),
        new("Nakhodka", "RU", "RUNJK", 42.8000, 132.8833),
        new("Vostochnyy", "RU", "RUVYP", 42.7500, 133.0833),
        new("Slavyanka", "RU", "RUSKA", 42.8667, 131.3833),
        new("Zarubino", "RU", "RUZAR", 42.6333, 131.0833),
        new("Vanino", "RU", "RUVNN", 49.0833, 140.2833),
        new("Kholmsk", "RU", "RUKHO", 47.0500, 142.0500),
        new("Korsakov", "RU", "RUKOR", 46.6167, 142.7667),
        // China (WPI).
        new("Dalian", "CN", "CNDAL", 38.9167, 121.6667),
        new("Dandong", "CN", "CNDDZ", 39.8167, 124.1500),
        new("Yingkou", "CN", "CNYIK", 40.6833, 122.2333),
        new("Bayuquan", "CN", "CNBYQ", 40.3000, 122.0833),
        new("Tangshan (Jingtang)", "CN", "CNTGS", 39.2000, 119.0167),
        new("Tianjin Xingang", "CN", "CNTXG", 38.9667, 117.8333),
        new("Longkou", "CN", "CNLKU", 37.6333, 120.2833),
        new("Yantai", "CN", "CNYTG", 37.5500, 121.4500),
        new("Weihai", "CN", "CNWEG", 37.5000, 122.1000),
        new("Qingdao", "CN", "CNQIN", 36.0333, 120.2667),
        new("Rizhao", "CN", "CNRZH", 35.3833, 119.5667),
        new("Lanshan", "CN", "CNLSN", 35.0800, 119.3667),
        new("Lianyungang", "CN", "CNLYG", 34.7333, 119.4500),
        new("Nantong", "CN", "CNNTG", 32.0000, 120.8000),
        new("Jiangyin", "CN", "CNJGY", 31.9167, 120.2333),
        new("Zhenjiang", "CN", "CNZHE", 32.2167, 119.4333),
        new("Shanghai", "CN", "CNSGH", 31.2167, 121.5000),
        new("Ningbo", "CN", "CNNBO", 29.8833, 121.5500),
        new("Zhoushan", "CN", "CNZOS", 30.0000, 122.1000),
        // South Korea (WPI).
        new("Incheon", "KR", "KRINC", 37.4667, 126.6167),
        new("Pyeongtaek", "KR", "KRPTK", 37.0000, 126.8000),
        new("Pohang", "KR", "KRKPO", 36.0500, 129.3833),
        new("Busan", "KR", "KRPUS", 35.1000, 129.0333),
        new("Gwangyang", "KR", "KRKAN", 34.9085, 127.7501),
        new("Donghae", "KR", "KRTGA", 37.5333, 129.1500),
        // Gulf of Tonkin coal ports (WPI).
        new("Cam Pha", "VN", "VNCPH", 21.0333, 107.3667),
        new("Hon Gai", "VN", "VNHON", 20.9500, 107.0667),
        // Other major ports of the region (approximate).
        new("Ulsan", "KR", "KRUSN", 35.5000, 129.3833, PortSource.Approximate),
        new("Yeosu", "KR", "KRYOS", 34.7400, 127.7400, PortSource.Approximate),
        new("Mokpo", "KR", "KRMOK", 34.7833, 126.3833, PortSource.Approximate),
        new("Gunsan", "KR", "KRKUV", 35.9833, 126.6167, PortSource.Approximate),
        new("Daesan", "KR", "KRTSN", 37.0167, 126.3500, PortSource.Approximate),
        new("Qinhuangdao", "CN", "CNSHP", 39.9167, 119.6000, PortSource.Approximate),
        new("Caofeidian", "CN", "CNCFD", 38.9333, 118.5000, PortSource.Approximate),
        new("Jinzhou", "CN", "CNJNZ", 40.8000, 121.0667, PortSource.Approximate),
        new("Xiamen", "CN", "CNXMN", 24.4500, 118.0667, PortSource.Approximate),
        new("Shenzhen (Yantian)", "CN", "CNYTN", 22.5667, 114.2667, PortSource.Approximate),
        new("Guangzhou (Nansha)", "CN", "CNNSA", 22.7500, 113.6167, PortSource.Approximate),
        new("Hong Kong", "HK", "HKHKG", 22.2900, 114.1700, PortSource.Approximate),
        new("Tokyo", "JP", "JPTYO", 35.6167, 139.7833, PortSource.Approximate),
        new("Yokohama", "JP", "JPYOK", 35.4500, 139.6500, PortSource.Approximate),
        new("Nagoya", "JP", "JPNGO", 35.0833, 136.8833, PortSource.Approximate),
        new("Osaka", "JP", "JPOSA", 34.6500, 135.4333, PortSource.Approximate),
        new("Kobe", "JP", "JPUKB", 34.6833, 135.2000, PortSource.Approximate),
        new("Kitakyushu (Moji)", "JP", "JPMOJ", 33.9500, 130.9667, PortSource.Approximate),
        new("Hakata", "JP", "JPFUK", 33.6000, 130.4000, PortSource.Approximate),
        new("Niigata", "JP", "JPKIJ", 37.9500, 139.0667, PortSource.Approximate),
        new("Maizuru", "JP", "JPMAI", 35.4667, 135.3833, PortSource.Approximate),
        new("Sakaiminato", "JP", "JPSMN", 35.5500, 133.2500, PortSource.Approximate),
        new("Otaru", "JP", "JPOTR", 43.2000, 141.0000, PortSource.Approximate),
        new("Kaohsiung", "TW", "TWKHH", 22.6167, 120.2833, PortSource.Approximate),
        new("Keelung", "TW", "TWKEL", 25.1500, 121.7500, PortSource.Approximate),
        new("Taichung", "TW", "TWTXG", 24.2833, 120.5167, PortSource.Approximate),
        new("Haiphong", "VN", "VNHPH", 20.8667, 106.6833, PortSource.Approximate),
        new("Singapore", "SG", "SGSIN", 1.2667, 103.8333, PortSource.Approximate),
    ];
}
