namespace Picket.Simulation.Fleet;

/// <summary>
/// The vocabulary real merchant, fishing and pleasure vessels are named from: short common words, women's names,
/// saints, stars and seas, with and without a number or a Roman numeral, and the usual compounds ("LADY …",
/// "… STAR", "NORDIC …"). Many of these words are also the names of sanctioned ships (AMBER, DOVER, FORTUNA, SANA…),
/// as on the real sea: a name alone does not tell one hull from another.
/// </summary>
internal static class ShipNames
{
    public static readonly string[] Words =
    [
        "STAR", "HOPE", "ORION", "ALPHA", "OCEAN", "NORD", "WAVE", "FALCON", "PHOENIX", "ATLAS", "EAGLE", "FREEDOM",
        "VICTORY", "UNITY", "HARMONY", "SPIRIT", "PIONEER", "EXPLORER", "VIKING", "NEPTUN", "TRITON", "DOLPHIN",
        "SEAGULL", "ALBATROSS", "LIBERTY", "FORTUNE", "GLORY", "GRACE", "DESTINY", "AURORA", "ZEPHYR", "MISTRAL",
        "ARCTIC", "POLAR", "SUNRISE", "SUNSET", "HORIZON", "CORAL", "PEARL", "JADE", "AMBER", "RUBY", "EMERALD",
        "SAPPHIRE", "BONANZA", "DOVER", "DEVON", "FOREST", "STREAM", "BRIGHT", "VISTA", "ZEUS", "AQUA", "SNOW",
        "ARK", "SOL", "HELM", "DUNE", "CARIBE", "ARIES", "DELTA", "OMEGA", "SIGMA", "NOVA", "TERRA", "MERIDIAN",
        "FJORD", "SKAGEN", "NORDKAPP", "HAVET", "BOREAS", "TRIDENT", "MARLIN", "TUNA", "HERRING", "CORMORANT",
    ];

    public static readonly string[] Women =
    [
        "SARA", "SANNA", "ANNA", "MARIA", "ELENA", "SOFIA", "LINDA", "KARIN", "HELENA", "EMMA", "IDA", "METTE",
        "KAREN", "INGRID", "ASTRID", "FREJA", "MAJA", "LENA", "NINA", "EVA", "MARA", "SANA", "BELLA", "GILDA",
        "SERENA", "AMINA", "DIONA", "SARINA", "SALINA", "MARINA", "KATRINA", "CHRISTINA", "VICTORIA", "ALEXANDRA",
        "OLGA", "TATIANA", "NATALIA", "IRINA", "HANNA", "JOHANNA", "LOUISE", "CAROLINE", "JULIA", "LAURA", "CLARA",
        "ROSA", "ISABEL", "AURA", "FELICITY", "FORTUNA", "STELLA", "LUNA", "DORA", "VERA", "GRETA", "SILJE",
        "TOVE", "BIRGIT", "LISA", "ELSA", "ALMA", "MIA", "NORA", "THEA", "ZARA", "SANIA", "HEDY", "TALA",
    ];

    public static readonly string[] Saints =
    [
        "SAN JOSE", "SAN MIGUEL", "SANTA MARIA", "SANTA ANA", "SAINT PETER", "ST NICHOLAS", "AGIOS NIKOLAOS",
        "AGIA MARINA", "SAN GIORGIO", "SANKT PETRI", "SAN PEDRO", "SANTO ANTONIO", "ST GEORGE", "SAINT ANDREW",
        "SANTA CRUZ", "SAN MARCO", "AGIOS GEORGIOS", "SANTA LUCIA", "SAN ROQUE", "ST BRENDAN",
    ];

    public static readonly string[] Stars =
    [
        "POLARIS", "SIRIUS", "VEGA", "ALTAIR", "RIGEL", "CAPELLA", "ANTARES", "ARCTURUS", "DENEB", "CASSIOPEIA",
        "ANDROMEDA", "PLEIADES", "SPICA", "ALDEBARAN", "CANOPUS", "PROCYON", "BELLATRIX", "MIRA", "ALCOR", "MIZAR",
    ];

    public static readonly string[] Seas =
    [
        "NORTH SEA", "BALTIC SEA", "AEGEAN SEA", "CASPIAN SEA", "CORAL SEA", "RED SEA", "BLACK SEA", "YELLOW SEA",
        "SEA STAR", "SEA BREEZE", "OCEAN STAR", "NORDIC STAR", "BALTIC STAR", "STELLA MARIS", "MARE NOSTRUM",
        "SEA SPIRIT", "OCEAN PRIDE", "ATLANTIC", "PACIFIC", "IONIAN", "ADRIATIC", "KATTEGAT", "SKAGERRAK",
    ];

    public static readonly string[] Adjectives = ["GOLDEN", "BLUE", "NORDIC", "SILVER", "GREAT", "NEW", "LUCKY", "ROYAL", "NORTHERN", "ARCTIC", "PACIFIC", "BALTIC"];
    public static readonly string[] Nouns = ["STAR", "OCEAN", "WIND", "WAVE", "SPIRIT", "PRINCESS", "QUEEN", "HARVEST", "TRADER", "CARRIER", "EXPRESS", "VENTURE"];
    public static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VII", "IX"];

    /// <summary>A name in one of the shapes such ships carry, at most 20 characters (the AIS name field, ITU-R M.1371-5 Table 48).</summary>
    public static string Compose(SimRandom rng, FleetKind kind)
    {
        string core = rng.Next(10) switch
        {
            0 or 1 => rng.Pick(Words),
            2 or 3 => rng.Pick(Women),
            4 => rng.Pick(Saints),
            5 => rng.Pick(Stars),
            6 => rng.Pick(Seas),
            7 => $"{rng.Pick(Adjectives)} {rng.Pick(Nouns)}",
            8 => kind is FleetKind.Pleasure or FleetKind.Sailing ? $"LADY {rng.Pick(Women)}" : $"{rng.Pick(Words)} {rng.Pick(Nouns)}",
            _ => $"{rng.Pick(Women)} {rng.Pick(["STAR", "MAERSK", "OF HAMBURG", "B", "K", "JR"])}",
        };
        // Numbers: fishing boats often carry one, merchant ships of a series too, yachts rarely.
        double withNumber = kind switch { FleetKind.SmallFishing or FleetKind.LargeFishing => 0.5, FleetKind.Pleasure or FleetKind.Sailing => 0.1, _ => 0.3 };
        string name = rng.Chance(withNumber)
            ? rng.Chance(0.25) ? $"{core} {rng.Pick(Roman)}" : $"{core} {rng.Between(1, 30)}"
            : core;
        return name.Length <= 20 ? name : name[..20].TrimEnd();
    }
}
