using Picket.Core.Vessels;

namespace Picket.Core.Tests.Vessels;

public sealed class MidTableTests
{
    [Theory]
    // The flags seen in the DPRK cases (ITU Radio Regulations Appendix 42; the flags named in the UN Panel of Experts reports).
    [InlineData(445, "KP")]
    [InlineData(440, "KR")]
    [InlineData(441, "KR")]
    [InlineData(412, "CN")]
    [InlineData(477, "HK")]
    [InlineData(416, "TW")]
    [InlineData(273, "RU")]
    [InlineData(457, "MN")]
    [InlineData(667, "SL")]
    [InlineData(671, "TG")]
    [InlineData(351, "PA")]
    [InlineData(374, "PA")]
    [InlineData(674, "TZ")]
    [InlineData(677, "TZ")]
    [InlineData(312, "BZ")]
    [InlineData(616, "KM")]
    [InlineData(620, "KM")]
    [InlineData(514, "KH")]
    [InlineData(341, "KN")]
    [InlineData(325, "DM")]
    [InlineData(518, "CK")]
    [InlineData(613, "CM")]
    [InlineData(720, "BO")]
    [InlineData(666, "SO")]
    [InlineData(455, "MV")]
    [InlineData(631, "GQ")]
    [InlineData(563, "SG")]
    [InlineData(538, "MH")]
    [InlineData(636, "LR")]
    public void Case_flags_resolve(int mid, string code) => Assert.Equal(code, MidTable.Lookup(mid)!.Code);

    [Theory]
    [InlineData(200)]
    [InlineData(217)]
    [InlineData(444)]
    [InlineData(799)]
    [InlineData(100)]
    [InlineData(800)]
    public void Unassigned_mids_have_no_flag(int mid) => Assert.Null(MidTable.Lookup(mid));

    [Fact]
    public void Landlocked_flags_are_marked()
    {
        Assert.True(MidTable.Lookup(457)!.Landlocked); // Mongolia
        Assert.True(MidTable.Lookup(720)!.Landlocked); // Bolivia
        Assert.True(MidTable.Lookup(214)!.Landlocked); // Moldova
        Assert.False(MidTable.Lookup(445)!.Landlocked);
        Assert.False(MidTable.Lookup(351)!.Landlocked);
    }

    [Fact]
    public void Table_is_the_size_of_the_ITU_list()
    {
        var all = MidTable.All().ToList();
        // The ITU table assigns about 290 MIDs to about 240 administrations and territories.
        Assert.InRange(all.Count, 270, 300);
        Assert.All(all, e => Assert.Matches("^[A-Z]{2}$", e.Flag.Code));
    }
}
