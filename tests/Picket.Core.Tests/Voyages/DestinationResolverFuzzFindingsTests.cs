using Picket.Core.Voyages;

namespace Picket.Core.Tests.Voyages;

/// <summary>Hostile destinations found with the <c>destination</c> fuzz target (fuzz/README.md), kept as regressions.</summary>
public sealed class DestinationResolverFuzzFindingsTests
{
    private static readonly DestinationResolver Resolver = new();

    // A CSV row may hold 64 K characters of destination. Such text cost about 2 s per look-up (every short word tried
    // as an abbreviation against every port) and stayed in the cache whole; and a port name somewhere in it, or a
    // near name ("NAKHODAK" repeated), resolved it to a port. No crew types that: it is not read at all.
    [Theory]
    [InlineData("AB ", 21_000)]
    [InlineData("NAKHODAK ", 7_000)]
    [InlineData("NAKHODKA ", 7_000)]
    [InlineData("RU KO ", 10_000)]
    public void Text_far_longer_than_any_destination_field_is_not_resolved(string word, int times)
    {
        var r = Resolver.Resolve(string.Concat(Enumerable.Repeat(word, times)));
        Assert.Null(r.Port);
        Assert.Equal(DestinationMatchKind.None, r.Kind);
    }

    [Fact]
    public void A_long_but_plausible_free_text_destination_still_resolves()
    {
        var text = "NAKHODKA RUSSIA " + new string(' ', DestinationResolver.MaxTextLength - 16);
        Assert.Equal(DestinationResolver.MaxTextLength, text.Length);
        Assert.Equal("Nakhodka", Resolver.Resolve(text).Port?.Name);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\u001b[2J\u202eNAKHODKA")]
    [InlineData("\0\0\0\0")]
    [InlineData("\ud800")]
    public void Markup_control_and_broken_characters_never_throw(string text)
    {
        var r = Resolver.Resolve(text);
        Assert.Equal(r.Port is not null, r.Kind != DestinationMatchKind.None);
    }
}
