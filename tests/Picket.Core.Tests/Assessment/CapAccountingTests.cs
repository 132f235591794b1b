using Picket.Core.Assessment;

namespace Picket.Core.Tests.Assessment;

/// <summary>The cap arithmetic, checked against the figures the US gave the 1718 Committee in July 2018 (the US report to the 1718 Committee, July 2018, as published by the Committee and the press).</summary>
public sealed class CapAccountingTests
{
    [Fact]
    public void Reproduces_the_us_2018_estimate_from_89_port_calls()
    {
        // The per-call list is not public; 89 calls whose listed capacities total 1,519,587 bbl (mean ≈ 17,074) stand for it.
        var calls = Enumerable.Range(0, 89).Select(i =>
        {
            double barrels = i < 88 ? 17_074 : 1_519_587 - 88 * 17_074;
            var capacity = new CargoCapacity(barrels, barrels / 7.5, CapacityBasis.StatedDeadweight, "listed");
            return new Delivery(new DateTimeOffset(2018, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i * 1.6), $"tanker {i}", "Nampo", capacity, []);
        }).ToList();
        var year = Assert.Single(CapAccounting.ByYear(calls));
        Assert.Equal(2018, year.Year);
        Assert.Equal(89, year.Deliveries);
        Assert.Equal(1_519_587, year.CapacityBarrels);
        Assert.Equal(506_529, year.Scenarios[0].Barrels);   // one third: "above the 500,000 bbl quota"
        Assert.Equal(759_793, year.Scenarios[1].Barrels);   // half: "at least 759,793 bbl"
        Assert.Equal(1_367_628, year.Scenarios[2].Barrels); // 90 %: "1,367,628 bbl", nearly triple the quota
        Assert.Equal(1_519_587, year.Scenarios[3].Barrels);
        Assert.True(year.Scenarios[0].ShareOfCap > 1.0);
    }

    [Fact]
    public void Tonnes_convert_by_product_and_estimates_are_labelled()
    {
        Assert.Equal(7.5, BarrelsPerTonne.Of(PetroleumProduct.Diesel));
        Assert.Equal(8.5, BarrelsPerTonne.Of(PetroleumProduct.Gasoline));
        Assert.Equal(6.7, BarrelsPerTonne.Of(PetroleumProduct.FuelOil));
        var stated = CargoCapacity.FromDeadweight(3_003); // Rye Song Gang 1, 3,003 dwt
        Assert.Equal(3_003 * 0.95 * 7.5, stated.Barrels, 6);
        Assert.Equal(CapacityBasis.StatedDeadweight, stated.Basis);
        // An 80 m × 12 m product tanker: a few thousand dwt, like the DPRK fleet (1,000–9,000 dwt).
        var estimate = CargoCapacity.FromDimensions(80, 12, 5.2);
        Assert.Equal(CapacityBasis.EstimatedFromDimensions, estimate.Basis);
        Assert.InRange(estimate.Tonnes, 1_500, 4_500);
        Assert.StartsWith("estimated", estimate.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Years_are_separate_and_official_figures_sit_beside_them()
    {
        var cap = new CargoCapacity(10_000, 1_333, CapacityBasis.StatedDeadweight, "listed");
        var deliveries = new[]
        {
            new Delivery(new DateTimeOffset(2019, 12, 31, 23, 0, 0, TimeSpan.Zero), "a", "Nampo", cap, ["e1"]),
            new Delivery(new DateTimeOffset(2020, 1, 1, 1, 0, 0, TimeSpan.Zero), "b", "Nampo", cap, ["e2"]),
            new Delivery(new DateTimeOffset(2020, 6, 1, 0, 0, 0, TimeSpan.Zero), "c", "Nampo", cap, ["e3"]),
        };
        var table = CapAccounting.ByYear(deliveries, [new ReportedDeliveries(2020, 106_094.17, "1718 Committee")]);
        Assert.Equal([2019, 2020], table.Select(y => y.Year).ToArray());
        Assert.Equal(2, table[1].Deliveries);
        Assert.Null(table[0].ReportedBarrels);
        Assert.Equal(106_094.17, table[1].ReportedBarrels);
        Assert.Equal(10_000, table[1].Scenarios[1].Barrels);
    }
}
