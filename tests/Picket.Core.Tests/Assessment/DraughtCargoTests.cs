using Picket.Core.Assessment;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Assessment;

/// <summary>Cargo from draught: tonnes per centimetre immersion from AIS length, beam and ship type.</summary>
public sealed class DraughtCargoTests
{
    private static readonly ShipType Tanker = new(80);

    [Fact]
    public void An_MR_product_tanker_gets_the_tonnes_per_centimetre_such_ships_publish()
    {
        // MR tankers of 183 m × 32.2 m publish a TPC of about 50–52 t/cm at summer draught.
        var e = DraughtCargo.Estimate(183, 32.2, 1.0, Tanker)!.Value;
        Assert.InRange(e.TonnesPerCm, 48, 53);
        Assert.InRange(51, e.LowTonnes / 90, e.HighTonnes / 110); // the range holds 51 t/cm over 1 m ± 0.1 m
    }

    [Fact]
    public void The_cargo_is_TPC_times_the_change_in_centimetres_with_a_range_that_brackets_it()
    {
        // A small DPRK product tanker (90 m × 14 m) rising from 4.1 m to 8.8 m.
        var e = DraughtCargo.Estimate(90, 14, 8.8 - 4.1, Tanker)!.Value;
        Assert.Equal(e.TonnesPerCm * 470, e.Tonnes, 6);
        Assert.InRange(e.TonnesPerCm, 9.5, 11.5);
        Assert.True(e.LowTonnes < e.Tonnes && e.Tonnes < e.HighTonnes);
        Assert.InRange(e.HighTonnes / e.LowTonnes, 1.1, 1.4); // the assumptions are stated, not hidden
        Assert.Equal(e.Tonnes * 7.5, e.Barrels(PetroleumProduct.Diesel), 6);
        Assert.Contains("TPC", e.Method);
        // A discharge is the same cargo the other way.
        Assert.Equal(e.Tonnes, DraughtCargo.Estimate(90, 14, -4.7, Tanker)!.Value.Tonnes, 6);
    }

    [Fact]
    public void Finer_hulls_carry_less_per_centimetre_than_full_ones_of_the_same_size()
    {
        var tanker = DraughtCargo.Estimate(100, 16, 1, Tanker)!.Value.TonnesPerCm;
        var fishing = DraughtCargo.Estimate(100, 16, 1, new ShipType(30))!.Value.TonnesPerCm;
        Assert.True(fishing < tanker);
        Assert.Equal(0.9, DraughtCargo.WaterplaneCoefficient(0.85), 6); // (1 + 2 × 0.85) / 3
    }

    [Theory]
    [InlineData(0, 14, 2)]      // AIS "not available"
    [InlineData(90, 0, 2)]
    [InlineData(90, 14, 0)]
    [InlineData(600, 14, 2)]    // no ship is this long
    [InlineData(20, 40, 2)]     // beam larger than length: swapped or garbage
    [InlineData(90, 14, double.NaN)]
    public void Missing_or_implausible_dimensions_give_no_estimate(double length, double beam, double change) =>
        Assert.Null(DraughtCargo.Estimate(length, beam, change, Tanker));

    [Fact]
    public void The_cap_table_sums_draught_estimates_beside_the_load_scenarios()
    {
        var cap = CargoCapacity.FromDeadweight(3_000);
        var t = new DateTimeOffset(2019, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var year = Assert.Single(CapAccounting.ByYear([
            new Delivery(t, "a", "Nampo", cap, ["e1"], new BarrelRange(20_000, 17_000, 24_000)),
            new Delivery(t.AddDays(5), "b", "Nampo", cap, ["e2"], new BarrelRange(10_000, 8_000, 12_500)),
            new Delivery(t.AddDays(9), "c", "Nampo", cap, ["e3"]),
        ]));
        Assert.Equal(3, year.Deliveries);
        Assert.Equal(2, year.DeliveriesWithDraught);
        Assert.Equal(new BarrelRange(30_000, 25_000, 36_500), year.FromDraught);
        Assert.Equal(4, year.Scenarios.Count); // the load scenarios are still there, unchanged
    }
}
