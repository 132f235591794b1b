using System.Globalization;
using Picket.Core.Vessels;
using Picket.Simulation.Vessels;

namespace Picket.Simulation.Scenarios;

/// <summary>
/// Makes believable identities: MMSIs with the flag's MID (ITU Radio Regulations Appendix 42), IMO numbers with
/// a valid check digit (IMO Res. A.1078(28), §5.4), call signs with the flag's ITU prefix and regional names.
/// Every MMSI and IMO is unique within a scenario, except where a scenario clones one on purpose.
/// DPRK tankers carry real OFAC SDN names and IMO numbers (§4.1) so the screening stage has something to match.
/// </summary>
internal sealed class IdentityFactory
{
    private readonly HashSet<uint> _mmsis = [];
    private readonly HashSet<int> _imos = [];
    private readonly HashSet<string> _names = [];
    private int _dprkNext;

    /// <summary>DPRK-flagged tankers from the OFAC SDN list (DPRK programs; OFAC North Korea Sanctions Advisory of 23 Feb 2018, annex).</summary>
    private static readonly (string Name, int Imo)[] DprkTankers =
    [
        ("CHON MA SAN", 8660313), ("YU JONG 2", 8604917), ("JI SONG 6", 8898740), ("YU PHYONG 5", 8605026),
        ("SAM JONG 2", 7408873), ("AN SAN 1", 7303803), ("NAM SAN 8", 8122347), ("KUM UN SAN 3", 8705539),
        ("RYE SONG GANG 1", 7389704), ("CHON MYONG 1", 8712362), ("SAM MA 2", 8106496), ("PAEK MA", 9066978),
        ("JI SONG 8", 8503228), ("YU SON", 8691702), ("SONG WON", 8613360), ("PO CHON", 8848276),
    ];

    private static readonly string[] ChinesePrefixes = ["HAI", "JIN", "XIN", "HUA", "MIN", "YONG", "RUI", "DONG", "HONG", "FU", "CHANG", "TONG", "SHUN", "DA"];
    private static readonly string[] ChineseSuffixes = ["XING", "HAI", "YUAN", "TAI", "AN", "SHENG", "DA", "LONG", "HUI", "FENG", "CHENG", "YANG", "KANG"];
    private static readonly string[] KoreanNames = ["HANBIT", "SEJONG", "DAESAN", "HWASEONG", "NURI", "BADA", "SAEBYEOK", "GWANGMYEONG", "HYUNDAI", "DONGBANG"];
    // Made-up names: none of the vessels named in the UN Panel of Experts reports or OFAC advisories (a simulated innocent must not match a sanctions list).
    private static readonly string[] OceanNames = ["OCEAN GRACE", "GOLDEN STAR", "BRIGHT FORTUNE", "GLOBAL UNITY", "PACIFIC DAWN", "SILVER WAVE", "LUCKY STAR", "BLUE HORIZON", "JADE CAPE", "CORAL SPRING", "NORTHERN PEARL", "EASTERN CREST"];

    /// <summary>Flag choices: MID and the ITU call-sign prefix.</summary>
    public static readonly (int Mid, string CallPrefix)[] China = [(412, "BX"), (413, "BQ"), (414, "BR")];
    public static readonly (int Mid, string CallPrefix)[] Korea = [(440, "DS"), (441, "D7")];
    public static readonly (int Mid, string CallPrefix)[] Convenience = [(351, "3E"), (352, "3F"), (667, "9L"), (671, "5V"), (674, "5I"), (620, "D6"), (457, "JV"), (341, "V4"), (511, "T8")];
    public static readonly (int Mid, string CallPrefix)[] HongKong = [(477, "VR")];
    public static readonly (int Mid, string CallPrefix) Dprk = (IdentityChecks.DprkMid, "HM");

    public uint NewMmsi(int mid, SimRandom rng)
    {
        uint m;
        do m = (uint)(mid * 1_000_000 + rng.Between(100_000, 999_999)); while (!_mmsis.Add(m));
        return m;
    }

    public int NewImo(SimRandom rng)
    {
        int imo;
        do
        {
            int six = rng.Between(700_000, 999_999);
            int sum = 0, rest = six;
            for (int weight = 2; weight <= 7; weight++)
            {
                sum += rest % 10 * weight;
                rest /= 10;
            }
            imo = six * 10 + sum % 10;
        }
        while (!ImoNumber.HasValidCheckDigit(imo) || !_imos.Add(imo));
        return imo;
    }

    public string NewName(string style, SimRandom rng)
    {
        for (int attempt = 0; ; attempt++)
        {
            string n = style switch
            {
                "cn" => $"{rng.Pick(ChinesePrefixes)} {rng.Pick(ChineseSuffixes)} {rng.Between(1, 99)}",
                "kr" => $"{rng.Pick(KoreanNames)} {rng.Between(1, 30)}",
                "fish" => $"{rng.Pick(["LU RONG YU", "LIAO DAN YU", "JIN GANG YU", "SU LIAN YU", "ZHE PU YU"])} {rng.Between(1000, 9999)}",
                _ => $"{rng.Pick(OceanNames)}{(rng.Chance(0.6) ? " " + rng.Between(1, 9).ToString(CultureInfo.InvariantCulture) : "")}",
            };
            if (_names.Add(n) || attempt > 20) return n;
        }
    }

    public static string CallSign(string prefix, SimRandom rng)
    {
        const string letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        Span<char> c = stackalloc char[3];
        for (int i = 0; i < 3; i++) c[i] = rng.Chance(0.5) ? letters[rng.Next(26)] : (char)('0' + rng.Next(10));
        return prefix + new string(c);
    }

    /// <summary>A ship of the given type and flag. Dimensions and draught follow type (tankers 80–89, cargo 70–79, fishing 30).</summary>
    public Identity Ship((int Mid, string CallPrefix) flag, string nameStyle, byte shipType, SimRandom rng, bool withImo = true, string destination = "")
    {
        (int len, int beam, double draught) = shipType switch
        {
            >= 80 and <= 89 => (rng.Between(80, 180), rng.Between(13, 30), rng.Between(4.5, 9.5)),
            >= 70 and <= 79 => (rng.Between(90, 230), rng.Between(15, 35), rng.Between(5.5, 12)),
            30 => (rng.Between(25, 55), rng.Between(6, 10), rng.Between(2.5, 4.5)),
            _ => (rng.Between(8, 20), rng.Between(3, 6), rng.Between(1, 2.5)),
        };
        int bow = (int)(len * 0.8);
        int port = beam / 2;
        return new Identity(NewMmsi(flag.Mid, rng), withImo ? NewImo(rng) : 0, NewName(nameStyle, rng), CallSign(flag.CallPrefix, rng),
            shipType, (ushort)bow, (ushort)(len - bow), (byte)port, (byte)(beam - port), Math.Round(draught, 1), destination);
    }

    /// <summary>The next DPRK tanker from the SDN list (cycled with a numeric suffix if more are needed).</summary>
    public Identity DprkTanker(SimRandom rng)
    {
        var (name, imo) = DprkTankers[_dprkNext % DprkTankers.Length];
        int round = _dprkNext / DprkTankers.Length;
        _dprkNext++;
        if (round > 0)
        {
            name = $"{name} {round + 1}";
            imo = NewImo(rng);
        }
        else _imos.Add(imo);
        int len = rng.Between(60, 110);
        int bow = (int)(len * 0.8);
        // Laden DPRK product tankers of 1,000–9,000 dwt draw 3–5 m empty (sizes of the DPRK tankers named in UN Panel of Experts report S/2019/171).
        return new Identity(NewMmsi(Dprk.Mid, rng), imo, name, CallSign(Dprk.CallPrefix, rng), 80, (ushort)bow, (ushort)(len - bow), 6, 6,
            Math.Round(rng.Between(3.0, 4.2), 1), "NAMPO");
    }
}
