using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Testing.Traffic;

/// <summary>Which fleet vessel is what: its MMSI, identity, start and which planted behaviour it carries.</summary>
internal static class FleetRules
{
    public static Mmsi Mmsi(TrafficOptions o, int i) => o.Mids is { Count: > 0 } mids
        ? new Mmsi((uint)(mids[i % mids.Count] * 1_000_000 + 100_000 + i))
        : new Mmsi(o.FirstMmsi + (uint)i);

    public static bool Drifts(TrafficOptions o, int i) => o.DriftEvery > 0 && i % o.DriftEvery == o.DriftEvery - 1;

    public static bool IsClassB(TrafficOptions o, int i) => o.ClassBEvery > 0 && i % o.ClassBEvery == o.ClassBEvery - 1;

    public static bool HasGap(TrafficOptions o, int i) => o.GapEvery > 0 && i % o.GapEvery == o.GapEvery / 2;

    public static bool IsRenamed(TrafficOptions o, int i) => o.RenameEvery > 0 && i % o.RenameEvery == 0;

    /// <summary>The number in a fleet vessel's name: the last five digits of its MMSI.</summary>
    public static uint NameNumber(Mmsi mmsi) => mmsi.Value % 100_000;

    /// <summary>A fleet vessel somewhere in the box, half a degree from its edges, heading anywhere. The order of the
    /// random draws is fixed: changing it changes every benchmark's traffic (and its comparison with older builds).</summary>
    public static ShipState NewShip(TrafficOptions o, int i, Random rng)
    {
        var box = o.Sea;
        var mmsi = Mmsi(o, i);
        var classB = IsClassB(o, i);
        var ship = new ShipState
        {
            Mmsi = mmsi,
            Index = i,
            Lat = box.South + 0.5 + rng.NextDouble() * (box.Height - 1),
            Lon = box.West + 0.5 + rng.NextDouble() * (box.Width - 1),
            Course = rng.NextDouble() * 360,
            Knots = Drifts(o, i) ? rng.NextDouble() * 0.8 : o.MinKnots + rng.NextDouble() * (o.MaxKnots - o.MinKnots),
            Offset = TimeSpan.FromSeconds(rng.Next(0, SyntheticTraffic.SlotSeconds(o))),
            Draught = 5 + rng.Next(0, 60) / 10.0,
            Name = $"SHIP {NameNumber(mmsi)}",
            Class = classB ? TransponderClass.B : TransponderClass.A,
        };
        if (o.FullStatics && !classB)
        {
            ship.Imo = SyntheticTraffic.FleetImo(i);
            ship.CallSign = $"S{i % 100_000:D5}";
            ship.ShipType = (byte)(i % 3 == 0 ? 80 : 70);
            ship.Dimensions = new VesselDimensions(90, 20, 8, 8);
            ship.Destination = "NAKHODKA";
        }
        return ship;
    }
}
