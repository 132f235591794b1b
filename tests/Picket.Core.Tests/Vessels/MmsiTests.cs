using Picket.Core.Vessels;

namespace Picket.Core.Tests.Vessels;

public sealed class MmsiTests
{
    [Theory]
    [InlineData(445112000u, MmsiKind.Ship, 445)]
    [InlineData(416000000u, MmsiKind.Ship, 416)]
    [InlineData(24450000u, MmsiKind.Group, 244)]
    [InlineData(2440001u, MmsiKind.CoastStation, 244)]
    [InlineData(111273100u, MmsiKind.SarAircraft, 273)]
    [InlineData(982731234u, MmsiKind.AuxiliaryCraft, 273)]
    [InlineData(992351234u, MmsiKind.AidToNavigation, 235)]
    [InlineData(970123456u, MmsiKind.Sart, 0)]
    [InlineData(972123456u, MmsiKind.ManOverboard, 0)]
    [InlineData(974123456u, MmsiKind.EpirbAis, 0)]
    [InlineData(823512345u, MmsiKind.Handheld, 235)]
    [InlineData(0u, MmsiKind.Invalid, 0)]
    [InlineData(123456789u, MmsiKind.Invalid, 0)]
    [InlineData(1000000000u, MmsiKind.Invalid, 0)]
    [InlineData(1999u, MmsiKind.Invalid, 0)]
    public void Kind_and_mid_follow_ITU_R_M585(uint value, MmsiKind kind, int mid)
    {
        var mmsi = new Mmsi(value);
        Assert.Equal(kind, mmsi.Kind);
        Assert.Equal(mid, mmsi.Mid);
    }

    [Fact]
    public void Flag_comes_from_the_mid()
    {
        Assert.Equal("KP", new Mmsi(445112000).Flag!.Code);
        Assert.True(new Mmsi(445112000).Flag!.IsDprk);
        Assert.Equal("PA", new Mmsi(357000001).Flag!.Code);
        Assert.Equal("GB", new Mmsi(992351234).Flag!.Code); // an AtoN's MID names its country too
        Assert.Null(new Mmsi(200000001).Flag); // MID 200 is not assigned
        Assert.Null(new Mmsi(970123456).Flag);
    }

    [Fact]
    public void Parse_accepts_nine_digits_only()
    {
        Assert.True(Mmsi.TryParse("445112000", out var m));
        Assert.Equal(445112000u, m.Value);
        Assert.Equal("002440001", new Mmsi(2440001).ToString());
        Assert.False(Mmsi.TryParse("-1", out _));
        Assert.False(Mmsi.TryParse("1000000000", out _));
        Assert.False(Mmsi.TryParse("abc", out _));
    }
}
