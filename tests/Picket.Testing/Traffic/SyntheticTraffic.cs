using Picket.Core.Geo;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Testing.Traffic;

/// <summary>
/// Deterministic synthetic AIS traffic for tests and benchmarks: <see cref="TrafficOptions.Vessels"/> ships in a
/// <see cref="SeaBox"/> on straight or wandering courses, each reporting at its own fixed offset within every
/// <see cref="TrafficOptions.ReportEvery"/>, so the stream comes out in time order without sorting and memory stays
/// bounded by the fleet; plus planted encounters, drifters, gaps and renames, vessels added by hand with their own
/// hooks, and as much feed mess as asked for. The same options and added vessels give the same items.
/// </summary>
public sealed class SyntheticTraffic(TrafficOptions options)
{
    private readonly List<SyntheticVessel> _added = [];

    public TrafficOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>Pairs (2k, 2k+1) planted to meet: vessels ÷ <see cref="TrafficOptions.EncounterEvery"/>.</summary>
    public int PlantedEncounters => Options.EncounterEvery > 0 ? Options.Vessels / Options.EncounterEvery : 0;

    /// <summary>Fleet vessels planted to go silent for <see cref="TrafficOptions.GapLength"/>.</summary>
    public int PlantedGaps => Count(Options.GapEvery, Options.GapEvery / 2);

    /// <summary>Fleet vessels drifting at under 1 kn (and not planted in an encounter).</summary>
    public int Drifting => Enumerable.Range(0, Options.Vessels).Count(i => FleetRules.Drifts(Options, i) && i >= 2 * PlantedEncounters);

    /// <summary>Fleet vessels renamed half-way.</summary>
    public int Renamed => Count(Options.RenameEvery, 0);

    /// <summary>Adds a vessel of its own (after the fleet) to plant a behaviour; returns this for chaining.</summary>
    public SyntheticTraffic Add(SyntheticVessel vessel)
    {
        ArgumentNullException.ThrowIfNull(vessel);
        _added.Add(vessel);
        return this;
    }

    /// <summary>The MMSI of fleet vessel <paramref name="index"/>.</summary>
    public Mmsi FleetMmsi(int index) => FleetRules.Mmsi(Options, index);

    /// <summary>The IMO number fleet vessel <paramref name="index"/> broadcasts with <see cref="TrafficOptions.FullStatics"/>.</summary>
    public static int FleetImo(int index) => SyntheticVessel.ImoWithCheckDigit(100_000 + index % 900_000);

    /// <summary>All items, in delivery order.</summary>
    public List<TrafficItem> Items() => [.. Stream()];

    /// <summary>The items one by one, in delivery order: time order unless <see cref="TrafficOptions.DeliveryDelay"/> or
    /// <see cref="TrafficOptions.ReportJitter"/> disorders them.</summary>
    public IEnumerable<TrafficItem> Stream()
    {
        var generated = Generate();
        return Options.DeliveryDelay > TimeSpan.Zero ? DeliveryDisorder.Apply(generated, Options) : generated;
    }

    private IEnumerable<TrafficItem> Generate()
    {
        var o = Options;
        var rng = new Random(o.Seed);
        var ships = new List<ShipState>(o.Vessels + _added.Count);
        for (var i = 0; i < o.Vessels; i++)
            ships.Add(FleetRules.NewShip(o, i, rng));
        for (var k = 0; k < PlantedEncounters; k++)
        {
            // The second of each pair waits 200 m east of the first, both stopped: well inside the encounter distance.
            var a = ships[2 * k];
            var b = ships[2 * k + 1];
            a.Knots = b.Knots = 0;
            (b.Lat, b.Lon) = GreatCircle.DestinationDegrees(a.Lat, a.Lon, 90, 200);
            a.MeetUntil = b.MeetUntil = o.EncounterUntil;
        }
        foreach (var v in _added)
            ships.Add(ShipState.Of(v, TimeSpan.FromSeconds(rng.Next(0, SlotSeconds(o)))));
        var order = ships.ToArray();
        Array.Sort(order, static (x, y) => x.Offset.CompareTo(y.Offset));
        var step = new ShipStepper(o, rng);
        for (var t = TimeSpan.Zero; t < o.Duration; t += o.ReportEvery)
        {
            foreach (var s in order)
            {
                var (fix, duplicate, identity) = step.Next(s, t);
                if (fix is { } f)
                {
                    yield return TrafficItem.Of(f);
                    if (duplicate)
                        yield return TrafficItem.Of(f);
                }
                if (identity is { } r)
                    yield return TrafficItem.Of(r);
            }
        }
    }

    internal static int SlotSeconds(TrafficOptions o) => Math.Max(1, (int)o.ReportEvery.TotalSeconds);

    private int Count(int every, int remainder) => every > 0 ? Enumerable.Range(0, Options.Vessels).Count(i => i % every == remainder) : 0;
}
