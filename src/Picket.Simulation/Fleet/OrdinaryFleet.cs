using System.Globalization;
using Picket.Core.Vessels;

namespace Picket.Simulation.Fleet;

/// <summary>Options of <see cref="OrdinaryFleet.Generate"/>.</summary>
public sealed record FleetOptions
{
    /// <summary>How many vessels to generate.</summary>
    public int Count { get; init; } = 1_000;
    /// <summary>The seed: the same seed and options give the same fleet.</summary>
    public long Seed { get; init; } = 13;
    /// <summary>
    /// Names of listed ships to give to some ordinary vessels (each keeps its own IMO, or none if small): real ships
    /// share names with sanctioned ones, and the screening must not mistake one for the other.
    /// </summary>
    public IReadOnlyList<string> CollidingNames { get; init; } = [];
    /// <summary>Share of vessels named from <see cref="CollidingNames"/>.</summary>
    public double CollidingShare { get; init; } = 0.15;
    /// <summary>Identifiers not to hand out (the listed ships' own IMO numbers, MMSIs, call signs): an ordinary vessel must not be a listed hull.</summary>
    public IReadOnlySet<int> AvoidImos { get; init; } = new HashSet<int>();
    /// <summary>MMSIs not to hand out (see <see cref="AvoidImos"/>).</summary>
    public IReadOnlySet<uint> AvoidMmsis { get; init; } = new HashSet<uint>();
    /// <summary>Call signs not to hand out (see <see cref="AvoidImos"/>).</summary>
    public IReadOnlySet<string> AvoidCallSigns { get; init; } = new HashSet<string>();
}

/// <summary>
/// A fleet of ordinary identities: merchant ships and tankers under the common registries, fishing vessels and
/// pleasure craft under coastal flags, each named as such vessels are named (<see cref="ShipNames"/>), with unique
/// MMSIs whose MID is the flag's (ITU-R M.585), call signs with the flag's ITU prefix, and IMO numbers with a valid
/// check digit (IMO Res. A.1117(30)) for ships of 100 GT and more, none for small craft. Deterministic per seed.
/// </summary>
public static class OrdinaryFleet
{
    // (MID, ITU call-sign prefix) of the registries each kind of vessel is commonly flagged in.
    private static readonly (int Mid, string Prefix)[] Registries =
    [
        (351, "3E"), (352, "3F"), (353, "H3"), (636, "D5"), (538, "V7"), (248, "9H"), (249, "9H"), (311, "C6"),
        (209, "5B"), (240, "SV"), (563, "9V"), (477, "VR"), (257, "LA"), (219, "OZ"), (211, "DA"), (244, "PD"),
        (235, "MA"), (412, "BX"), (431, "JD"), (440, "DS"), (273, "UB"), (271, "TC"), (247, "IB"), (255, "CQ"),
        (305, "V2"), (314, "8P"),
    ];
    private static readonly (int Mid, string Prefix)[] FishingFlags =
    [
        (219, "OU"), (220, "OX"), (257, "LM"), (258, "LK"), (265, "SF"), (230, "OH"), (232, "MB"), (244, "PC"),
        (211, "DB"), (261, "SP"), (231, "OW"), (251, "TF"), (273, "UB"), (412, "BZ"), (440, "DT"), (431, "JA"), (224, "EA"),
    ];
    private static readonly (int Mid, string Prefix)[] LeisureFlags =
    [
        (219, "OU"), (220, "OZ"), (265, "SE"), (266, "SM"), (257, "LG"), (211, "DC"), (230, "OH"), (261, "SP"),
        (244, "PH"), (232, "MC"), (227, "FG"), (338, "WD"), (366, "WD"), (235, "MA"),
    ];

    // AIS ship types (ITU-R M.1371-5 Table 53) drawn for cargo ships and tankers, repeats weighting the common ones:
    // 70 cargo, all ships of this type; 71 cargo, hazardous category X; 79 cargo, no additional information;
    // 80 tanker, all ships of this type; 81–84 tanker, hazardous categories X, Y, Z, OS.
    private static readonly int[] MerchantTypes = [70, 70, 71, 79];
    private static readonly int[] TankerTypes = [80, 80, 81, 82, 84];

    /// <summary>Generates the fleet: <see cref="FleetOptions.Count"/> vessels with unique MMSIs, IMO numbers and call signs.</summary>
    /// <param name="options">What to generate; null for the defaults.</param>
    public static IReadOnlyList<FleetVessel> Generate(FleetOptions? options = null)
    {
        var o = options ?? new FleetOptions();
        var mmsis = new HashSet<uint>(o.AvoidMmsis);
        var imos = new HashSet<int>(o.AvoidImos);
        var callSigns = new HashSet<string>(o.AvoidCallSigns, StringComparer.Ordinal);
        var fleet = new List<FleetVessel>(o.Count);
        for (int i = 0; i < o.Count; i++)
        {
            var rng = SimRandom.For(o.Seed, i);
            var kind = PickKind(rng);
            var (mid, prefix) = rng.Pick(kind switch
            {
                FleetKind.SmallFishing or FleetKind.LargeFishing => FishingFlags,
                FleetKind.Pleasure or FleetKind.Sailing => LeisureFlags,
                _ => Registries,
            });
            bool fromList = o.CollidingNames.Count > 0 && rng.Chance(o.CollidingShare);
            string name = fromList ? AisText(rng.Pick(o.CollidingNames)) : ShipNames.Compose(rng, kind);
            var (type, length, beam) = Hull(rng, kind);
            int? imo = kind is FleetKind.SmallFishing or FleetKind.Pleasure or FleetKind.Sailing ? null : NewImo(rng, imos);
            fleet.Add(new FleetVessel(NewMmsi(rng, mid, mmsis), imo, name, NewCallSign(rng, prefix, callSigns), type, length, beam, kind, fromList));
        }
        return fleet;
    }

    private static FleetKind PickKind(SimRandom rng) => rng.Next(100) switch
    {
        < 30 => FleetKind.Merchant,
        < 45 => FleetKind.Tanker,
        < 55 => FleetKind.LargeFishing,
        < 70 => FleetKind.SmallFishing,
        < 85 => FleetKind.Pleasure,
        < 95 => FleetKind.Sailing,
        _ => FleetKind.Tug,
    };

    /// <summary>AIS ship type (ITU-R M.1371-5 Table 53), length and beam in metres typical of the kind.</summary>
    private static (byte Type, int Length, int Beam) Hull(SimRandom rng, FleetKind kind) => kind switch
    {
        FleetKind.Merchant => ((byte)rng.Pick(MerchantTypes), rng.Between(80, 300), rng.Between(14, 45)),
        FleetKind.Tanker => ((byte)rng.Pick(TankerTypes), rng.Between(90, 330), rng.Between(16, 60)),
        FleetKind.LargeFishing => (30, rng.Between(24, 90), rng.Between(7, 16)),
        FleetKind.SmallFishing => (30, rng.Between(8, 14), rng.Between(3, 6)),
        FleetKind.Pleasure => (37, rng.Between(6, 14), rng.Between(2, 5)),
        FleetKind.Sailing => (36, rng.Between(7, 14), rng.Between(2, 5)),
        _ => (52, rng.Between(22, 45), rng.Between(8, 14)),
    };

    private static uint NewMmsi(SimRandom rng, int mid, HashSet<uint> used)
    {
        uint m;
        do m = (uint)(mid * 1_000_000 + rng.Between(100_000, 999_999)); while (!used.Add(m));
        return m;
    }

    /// <summary>Seven digits whose last is the IMO ship check digit: digits 1–6 weighted 7…2, sum mod 10.</summary>
    private static int NewImo(SimRandom rng, HashSet<int> used)
    {
        int imo;
        do
        {
            int six = rng.Between(700_000, 999_999), sum = 0, rest = six;
            for (int weight = 2; weight <= 7; weight++, rest /= 10) sum += rest % 10 * weight;
            imo = six * 10 + sum % 10;
        }
        while (!ImoNumber.HasValidCheckDigit(imo) || !used.Add(imo));
        return imo;
    }

    private static string NewCallSign(SimRandom rng, string prefix, HashSet<string> used)
    {
        string cs;
        do cs = prefix + rng.Between(1000, 9999).ToString(CultureInfo.InvariantCulture); while (!used.Add(cs));
        return cs;
    }

    /// <summary>A list name as AIS can carry it: upper case, six-bit characters only, at most 20 of them.</summary>
    private static string AisText(string name)
    {
        var chars = name.ToUpperInvariant().Select(c => c is >= ' ' and <= '_' && c != '@' ? c : ' ').ToArray();
        var text = string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 20 ? text : text[..20].TrimEnd();
    }
}
