namespace Picket.Core.Voyages;

/// <summary>
/// Other spellings of the ports in the built-in table: the older McCune–Reischauer and Russian transliterations crews
/// still type, and the names the NGA World Port Index lists beside the common one. Keys are the port names of
/// <see cref="Ports.BuiltInPorts"/>.
/// </summary>
internal static class DestinationAliases
{
    public static readonly IReadOnlyDictionary<string, string[]> ByPort = new Dictionary<string, string[]>
    {
        ["Nampo"] = ["NAMPHO", "CHINNAMPO", "NAMP'O"],
        ["Rajin"] = ["NAJIN", "RASON"],
        ["Kimchaek"] = ["SONGJIN", "KIMCHAEK"],
        ["Sonbong"] = ["UNGGI"],
        ["Chongjin"] = ["CHEONGJIN", "CHUNGJIN"],
        ["Hungnam"] = ["HAMHUNG"],
        ["Vostochnyy"] = ["VOSTOCHNY", "VOSTOCHNIY", "WRANGEL", "VRANGEL"],
        ["Vladivostok"] = ["VLADIVOSTOCK", "VLAD"],
        ["Kholmsk"] = ["HOLMSK", "CHOLMSK"],
        ["Korsakov"] = ["KORSAKOV"],
        ["Nakhodka"] = ["NAHODKA", "NACHODKA"],
        ["Busan"] = ["PUSAN"],
        ["Incheon"] = ["INCHON", "JINSEN"],
        ["Pohang"] = ["POHANG", "POHANG HANG"],
        ["Pyeongtaek"] = ["PYONGTAEK", "PYEONGTAEK DANGJIN", "DANGJIN"],
        ["Gwangyang"] = ["KWANGYANG"],
        ["Donghae"] = ["TONGHAE", "MUKHO"],
        ["Gunsan"] = ["KUNSAN"],
        ["Tangshan (Jingtang)"] = ["JINGTANG", "TANGSHAN"],
        ["Tianjin Xingang"] = ["TIANJIN", "XINGANG", "TIANJINXINGANG"],
        ["Kitakyushu (Moji)"] = ["MOJI", "KITAKYUSHU"],
        ["Shenzhen (Yantian)"] = ["YANTIAN", "SHENZHEN"],
        ["Guangzhou (Nansha)"] = ["NANSHA", "GUANGZHOU"],
        ["Hakata"] = ["FUKUOKA"],
        ["Hon Gai"] = ["HONGAI", "HON GAY", "HA LONG"],
        ["Cam Pha"] = ["CAMPHA"],
    };

    /// <summary>Words that name a country or say nothing about a port; dropped before matching ("NAKHODKA RUSSIA").</summary>
    public static readonly HashSet<string> Noise = new(StringComparer.Ordinal)
    {
        "RU", "RUS", "RUSSIA", "RF", "KR", "KOR", "KOREA", "ROK", "SOUTH", "NORTH", "KP", "DPRK", "PRK", "CN", "CHN", "CHINA",
        "PRC", "JP", "JPN", "JAPAN", "VN", "VNM", "VIETNAM", "TW", "TWN", "TAIWAN", "HK", "SG", "SGP", "SINGAPORE",
        "PORT", "PT", "HARBOUR", "HARBOR", "ANCH", "ANCHORAGE", "OPL", "ROADS", "VIA", "TO", "FROM", "AND", "BY",
    };

    /// <summary>Destinations that name no port: orders pending, fishing grounds, the open sea.</summary>
    public static readonly HashSet<string> NoPort = new(StringComparer.Ordinal)
    {
        "FOR ORDERS", "ORDERS", "FOR ORDER", "SEA", "AT SEA", "HIGH SEA", "FISHING", "FISHING GROUND", "TBA", "TBN", "NONE", "NIL", "UNKNOWN",
    };
}
