using Picket.Core.Vessels;
using Picket.Simulation.Fleet;

namespace Picket.Cli.Tests;

/// <summary>The ordinary fleet's identities are as real ones are: valid and unique identifiers, AIS-sized names, no IMO on small craft.</summary>
public sealed class OrdinaryFleetTests
{
    [Fact]
    public void Identities_are_unique_valid_and_shaped_like_real_ones()
    {
        var fleet = OrdinaryFleet.Generate(new FleetOptions { Count = 2_000, CollidingNames = ["SANA", "FORTUNA", "YU SON"], AvoidImos = new HashSet<int> { 9357183 } });
        Assert.Equal(2_000, fleet.Count);
        Assert.Equal(fleet.Count, fleet.Select(v => v.Mmsi).Distinct().Count());
        Assert.Equal(fleet.Count, fleet.Select(v => v.CallSign).Distinct().Count());
        var imos = fleet.Where(v => v.Imo is not null).Select(v => v.Imo!.Value).ToList();
        Assert.Equal(imos.Count, imos.Distinct().Count());
        Assert.All(imos, i => Assert.True(ImoNumber.HasValidCheckDigit(i), $"IMO {i}"));
        Assert.DoesNotContain(9357183, imos);
        Assert.All(fleet, v => Assert.NotNull(new Mmsi(v.Mmsi).Flag));
        Assert.All(fleet, v => Assert.InRange(v.Name.Length, 1, 20));
        Assert.All(fleet.Where(v => v.Kind is FleetKind.Pleasure or FleetKind.Sailing or FleetKind.SmallFishing), v => Assert.Null(v.Imo));
        Assert.All(fleet.Where(v => v.ClassA), v => Assert.NotNull(v.Imo));
        // Varied: many distinct names, some with numbers, a share named like listed ships.
        Assert.True(fleet.Select(v => v.Name).Distinct().Count() > 600);
        Assert.InRange(fleet.Count(v => v.Name.Any(char.IsAsciiDigit)), 200, 1_000);
        Assert.InRange(fleet.Count(v => v.NameFromList), 200, 400);
        // Deterministic per seed.
        Assert.Equal(fleet.Take(50), OrdinaryFleet.Generate(new FleetOptions { Count = 50, CollidingNames = ["SANA", "FORTUNA", "YU SON"], AvoidImos = new HashSet<int> { 9357183 } }));
    }
}
