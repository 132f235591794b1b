using Picket.Analysis;

namespace Picket.Analysis.Tests;

public sealed class ShipNameRuleTests
{
    [Theory]
    [InlineData("SARA", "SARAK", false)]
    [InlineData("SARA", "SALINA", false)]
    [InlineData("SANNA", "SANA", false)]
    [InlineData("SANNA", "SANIA", false)]
    [InlineData("YU SON", "YUSON", true)]
    [InlineData("M/T YU SON", "YU SON", true)]
    [InlineData("MV SANA", "SANA", true)]
    [InlineData("STAR 8", "STAR 18", false)]
    [InlineData("FELICITI", "FELICITY", false)]
    [InlineData("FORTUNA", "FORTUNE", false)]
    [InlineData("MARIANNA", "MARIANNE", false)]
    [InlineData("FELICIA", "FELICITY", false)]
    [InlineData("BICENTENARIO XIII", "BICENTENARIO XII", false)]
    [InlineData("HWANG GUM SAN II", "HWANG GUM SAN 2", true)]
    [InlineData("CHON MA SAN", "CHEON MA SAN", true)]
    [InlineData("HWANG GUM SAN 3", "HWANG GUM SAN 2", false)]
    [InlineData("RYE SONG GANG 1", "RYESONGGANG NO.1", true)]
    [InlineData("", "SANA", false)]
    public void Short_names_need_equality_and_numbers_must_agree(string broadcast, string listed, bool expected) =>
        Assert.Equal(expected, ShipNameRule.MayBeSameShip(broadcast, listed));

    [Theory]
    [InlineData("Russia", "RU")]
    [InlineData("Democratic People's Republic of Korea", "KP")]
    [InlineData("Korea, North", "KP")]
    [InlineData("St. Kitts & Nevis", "KN")]
    [InlineData("Saint Kitts and Nevis", "KN")]
    [InlineData("St. Vincent and the Grenadines", "VC")]
    [InlineData("Panama", "PA")]
    [InlineData("Hong Kong", "HK")]
    [InlineData("Tanzania", "TZ")]
    [InlineData("None Identified", null)]
    public void List_flags_resolve_to_the_code_the_MID_gives(string listFlag, string? code) =>
        Assert.Equal(code, ListFlagCountry.Code(listFlag));

    [Theory]
    [InlineData("DPRK4", true)]
    [InlineData("DPRK-NKSPEA", true)]
    [InlineData("Democratic People's Republic of Korea", true)]
    [InlineData("North Korea", true)]
    [InlineData("IRAN", false)]
    [InlineData("Republic of Korea", false)]
    public void DPRK_programmes_are_recognised_across_lists(string programme, bool dprk) =>
        Assert.Equal(dprk, Corroboration.IsDprkProgramme(programme));

    [Fact]
    public void Hostile_text_is_compared_not_thrown()
    {
        // A lone surrogate cannot be normalised; it is no letter either, so it drops out like punctuation.
        Assert.True(ShipNameRule.MayBeSameShip("SANA\uD800", "SANA"));
        Assert.False(ShipNameRule.MayBeSameShip("\uD800\u0000", "\uD800"));
        Assert.True(ShipNameRule.MayBeSameShip(new string('9', 5_000), new string('9', 5_000)));
        Assert.Equal("PA", ListFlagCountry.Code("\uDC00Panama\u0000"));
    }
}
