using Picket.Core.Voyages;

namespace Picket.Core.Tests.Voyages;

/// <summary>Destinations as crews type them, each with the port it must (or must not) resolve to.</summary>
public sealed class DestinationResolverTests
{
    private static readonly DestinationResolver Resolver = new();

    [Theory]
    [InlineData("NAKHODKA", "Nakhodka", DestinationMatchKind.Name)]
    [InlineData("nakhodka", "Nakhodka", DestinationMatchKind.Name)]
    [InlineData("NAKHODKA RUSSIA", "Nakhodka", DestinationMatchKind.Name)]
    [InlineData("RU NHK", "Nakhodka", DestinationMatchKind.Abbreviation)]
    [InlineData("RUNJK", "Nakhodka", DestinationMatchKind.Locode)]
    [InlineData("RU NJK", "Nakhodka", DestinationMatchKind.Locode)]
    [InlineData("RU-NJK", "Nakhodka", DestinationMatchKind.Locode)]
    [InlineData("NAKHODAK", "Nakhodka", DestinationMatchKind.Fuzzy)]
    [InlineData("NAHODKA", "Nakhodka", DestinationMatchKind.Name)]
    [InlineData("KHOLMSK/RUS", "Kholmsk", DestinationMatchKind.Name)]
    [InlineData("RUKHO", "Kholmsk", DestinationMatchKind.Locode)]
    [InlineData("KHOLMKS", "Kholmsk", DestinationMatchKind.Fuzzy)]
    [InlineData("HOLMSK", "Kholmsk", DestinationMatchKind.Name)]
    [InlineData("VOSTOCHNY", "Vostochnyy", DestinationMatchKind.Name)]
    [InlineData("PUSAN KOREA", "Busan", DestinationMatchKind.Name)]
    [InlineData("KR PUS", "Busan", DestinationMatchKind.Locode)]
    [InlineData("POHANG,KR", "Pohang", DestinationMatchKind.Name)]
    [InlineData("NAKHODKA>PUSAN", "Busan", DestinationMatchKind.Name)]
    [InlineData("NAJIN", "Rajin", DestinationMatchKind.Name)]
    [InlineData("NAMPHO", "Nampo", DestinationMatchKind.Name)]
    [InlineData("TIANJIN XINGANG", "Tianjin Xingang", DestinationMatchKind.Name)]
    [InlineData("INCHEON ANCH", "Incheon", DestinationMatchKind.Name)]
    [InlineData("VANIN0", "Vanino", DestinationMatchKind.Fuzzy)]
    public void Resolves_what_crews_type(string typed, string port, DestinationMatchKind kind)
    {
        var r = Resolver.Resolve(typed);
        Assert.Equal(port, r.Port?.Name);
        Assert.Equal(kind, r.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("FOR ORDERS")]
    [InlineData("SEA")]
    [InlineData("RUSSIA")]
    [InlineData("XXXXXXXX")]
    [InlineData("@@@@@@@@@@@@@@@@@@@@")]
    [InlineData("ZZ ZZZ")]
    public void Says_nothing_when_no_port_is_named(string typed)
    {
        var r = Resolver.Resolve(typed);
        Assert.Null(r.Port);
        Assert.Equal(DestinationMatchKind.None, r.Kind);
    }

    [Fact]
    public void An_abbreviation_that_fits_two_ports_is_not_guessed()
    {
        // "KO" fits Kholmsk and Korsakov in Russia alike.
        Assert.Null(Resolver.Resolve("RU KO").Port);
    }
}
