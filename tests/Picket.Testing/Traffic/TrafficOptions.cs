namespace Picket.Testing.Traffic;

/// <summary>
/// What <see cref="SyntheticTraffic"/> generates: a fleet in a box for a time, what it plants (encounters, drifters,
/// gaps, renames) and how messy the feed is (GNSS noise, report jitter, drop-outs, duplicates, junk speeds, delivery
/// disorder). The defaults are a clean, time-ordered open-sea feed; every "mess" setting is off unless asked for.
/// </summary>
public sealed record TrafficOptions
{
    public static readonly DateTimeOffset DefaultStart = new(2018, 3, 2, 0, 0, 0, TimeSpan.Zero);

    public int Vessels { get; init; } = 100;

    public int Seed { get; init; } = 42;

    public DateTimeOffset Start { get; init; } = DefaultStart;

    public TimeSpan Duration { get; init; } = TimeSpan.FromHours(8);

    public SeaBox Sea { get; init; } = SeaBox.OpenSea;

    /// <summary>A position report per vessel this often. ITU-R M.1371-5 Table 1 gives 2–10 s under way for class A;
    /// receivers and the satellites' revisit make a few minutes typical of a recorded feed.</summary>
    public TimeSpan ReportEvery { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>A static report per vessel at every multiple of this time since the start (6 min in ITU-R M.1371-5; 30 by default here); zero: none.</summary>
    public TimeSpan StaticEvery { get; init; } = TimeSpan.FromMinutes(30);

    public double MinKnots { get; init; } = 8;

    public double MaxKnots { get; init; } = 16;

    /// <summary>MMSI of fleet vessel i is this plus i, unless <see cref="Mids"/> spreads the fleet over flags.</summary>
    public uint FirstMmsi { get; init; } = 412_000_000;

    /// <summary>When set, vessel i gets the MMSI <c>MID·10⁶ + 100 000 + i</c> with the MIDs taken in turn (several flags).</summary>
    public IReadOnlyList<int>? Mids { get; init; }

    /// <summary>Vessel i with <c>i % n == n - 1</c> is class B (0: none).</summary>
    public int ClassBEvery { get; init; }

    /// <summary>Fleet vessels also broadcast a valid IMO number, a call sign, dimensions, destination and ETA (class A).</summary>
    public bool FullStatics { get; init; }

    /// <summary>Vessel i with <c>i % n == n - 1</c> drifts at under 1 kn all the time: a loiterer (0: none).</summary>
    public int DriftEvery { get; init; } = 10;

    /// <summary>One planted encounter per this many vessels (0: none): vessels 2k and 2k+1 lie stopped 200 m apart from
    /// the start until <see cref="EncounterUntil"/>, then steam away at 12 kn.</summary>
    public int EncounterEvery { get; init; } = 50;

    public TimeSpan EncounterUntil { get; init; } = TimeSpan.FromHours(6);

    /// <summary>Vessel i with <c>i % n == n / 2</c> goes silent for <see cref="GapLength"/> from <see cref="GapAt"/> (0: none): an AIS gap.</summary>
    public int GapEvery { get; init; }

    public TimeSpan GapAt { get; init; } = TimeSpan.FromHours(2);

    public TimeSpan GapLength { get; init; } = TimeSpan.FromHours(4);

    /// <summary>Vessel i with <c>i % n == 0</c> broadcasts the name "RENAMED i" from half-way (0: none): an identity change.</summary>
    public int RenameEvery { get; init; }

    /// <summary>GNSS noise: each fix is displaced by up to this many metres in a random direction.</summary>
    public double NoiseMetres { get; init; } = 10;

    /// <summary>Each step turns a vessel by up to ± this many degrees (0: straight courses).</summary>
    public double CourseWanderDegrees { get; init; }

    /// <summary>Reported speed over ground differs from the true speed by up to ± this many knots.</summary>
    public double SpeedNoiseKnots { get; init; }

    /// <summary>Each report's time moves by up to ± this much from its vessel's regular slot.</summary>
    public TimeSpan ReportJitter { get; init; }

    /// <summary>Chance per fix that reception drops out for 30 min to 3 h.</summary>
    public double DropoutChance { get; init; }

    /// <summary>Chance per fix that it is delivered twice (the same sentence heard by two receivers).</summary>
    public double DuplicateChance { get; init; }

    /// <summary>Chance per fix that its speed is 102.3 kn, the "not available" code sent as a value by faulty transponders.</summary>
    public double JunkSpeedChance { get; init; }

    /// <summary>Each item is delivered up to this much late (receiver and network disorder); zero keeps time order.</summary>
    public TimeSpan DeliveryDelay { get; init; }
}
