using Picket.Ais.Messages;
using Picket.Ais.Payload;

namespace Picket.Ais.Tests;

/// <summary>ITU-R M.1371 special values surface as "not available" (null), and the six-bit text table is the standard's.</summary>
public sealed class MessageValueTests
{
    private static T Decode<T>(T message, Func<BitReader, T> read) where T : struct, IAisMessage
    {
        var buffer = new byte[200];
        int bits = AisEncoder.ToBits(message, buffer);
        return read(new BitReader(buffer, bits));
    }

    [Fact]
    public void Not_available_values_are_null()
    {
        var m = Decode(new PositionReportClassA { MessageType = 1, Mmsi = 1, RateOfTurnRaw = -128, SpeedRaw = 1023, LongitudeRaw = 0x6791AC0, LatitudeRaw = 0x3412140, CourseRaw = 3600, HeadingRaw = 511, SecondRaw = 60 }, PositionReportClassA.Read);
        Assert.Null(m.RateOfTurn); Assert.Null(m.Speed); Assert.Null(m.Longitude); Assert.Null(m.Latitude);
        Assert.Null(m.Course); Assert.Null(m.Heading); Assert.Null(m.Second);
        Assert.Equal(181.0, m.LongitudeRaw / 600_000.0);
        var s = Decode(new StaticAndVoyageData { Mmsi = 1, ImoRaw = 0, DraughtRaw = 0, EtaHour = 24, EtaMinute = 60, Name = "", CallSign = "", Destination = "" }, StaticAndVoyageData.Read);
        Assert.Null(s.Imo); Assert.Null(s.Draught); Assert.Null(s.Length);
        var b = Decode(new BaseStationReport { MessageType = 4, Year = 0, Month = 0, Day = 0, Hour = 24, Minute = 60, SecondRaw = 60 }, BaseStationReport.Read);
        Assert.Null(b.Time);
        var l = Decode(new LongRangePosition { Mmsi = 1, LongitudeRaw = 108_600, LatitudeRaw = 54_600, SpeedRaw = 63, CourseRaw = 511 }, LongRangePosition.Read);
        Assert.Null(l.Longitude); Assert.Null(l.Latitude); Assert.Null(l.Speed); Assert.Null(l.Course);
    }

    [Fact]
    public void Scaled_values_follow_the_standard()
    {
        var m = Decode(new PositionReportClassA { MessageType = 1, Mmsi = 1, SpeedRaw = 1022, LongitudeRaw = -600_000 * 123, LatitudeRaw = 600_000 * 38 + 300_000, CourseRaw = 3599, HeadingRaw = 359 }, PositionReportClassA.Read);
        Assert.Equal(102.2, m.Speed); Assert.Equal(-123.0, m.Longitude); Assert.Equal(38.5, m.Latitude); Assert.Equal(359.9, m.Course); Assert.Equal(359, m.Heading);
        var l = Decode(new LongRangePosition { Mmsi = 1, LongitudeRaw = 600 * 120, LatitudeRaw = -600 * 10, SpeedRaw = 12, CourseRaw = 45 }, LongRangePosition.Read);
        Assert.Equal(120.0, l.Longitude); Assert.Equal(-10.0, l.Latitude); Assert.Equal(12.0, l.Speed);
    }

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(1, 0.0446)]    // (1/4.733)^2
    [InlineData(-1, -0.0446)]
    [InlineData(126, 708.7)]   // (126/4.733)^2 = 708.70
    [InlineData(-126, -708.7)]
    public void Rate_of_turn_is_sign_times_square(int raw, double expected)
    {
        double? rot = AisValues.RateOfTurn(raw);
        Assert.NotNull(rot);
        Assert.Equal(expected, rot!.Value, Math.Abs(expected) < 1 ? 4 : 1);
    }

    [Theory]
    [InlineData(-128)] [InlineData(127)] [InlineData(-127)]
    public void Rate_of_turn_without_a_rate_is_null(int raw) => Assert.Null(AisValues.RateOfTurn(raw));

    [Fact]
    public void Six_bit_text_uses_the_itu_table()
    {
        Assert.Equal('_', SixBit.ToText(31));
        Assert.Equal('\'', SixBit.ToText(39));
        Assert.Equal('@', SixBit.ToText(0));
        Assert.Equal(' ', SixBit.ToText(32));
        var s = Decode(new StaticAndVoyageData { Mmsi = 1, Name = "HALS_LIMFJOREN", CallSign = "", Destination = "L' ORIZZONTE" }, StaticAndVoyageData.Read);
        Assert.Equal("HALS_LIMFJOREN", s.Name);
        Assert.Equal("L' ORIZZONTE", s.Destination);
    }

    [Fact]
    public void Text_ends_at_the_first_at_sign_padding_and_is_trimmed_of_trailing_spaces()
    {
        var buffer = new byte[40];
        var w = new BitWriter(buffer);
        foreach (char c in "AB  @@@@") w.Write((ulong)SixBit.FromText(c), 6);
        foreach (char c in "C@D@    ") w.Write((ulong)SixBit.FromText(c), 6);
        var r = new BitReader(buffer, w.BitLength);
        Assert.Equal("AB", r.Text(0, 8));
        // '@' is padding (M.1371-5 Table 47): what a transmitter left after it is not text, as gpsd and pyais read it.
        Assert.Equal("C", r.Text(48, 8));
    }

    [Fact]
    public void Type_24_part_b_of_an_auxiliary_craft_carries_the_mothership()
    {
        var m = Decode(new StaticDataReport { Mmsi = 984123456, PartNumber = 1, ShipType = 52, VendorId = "ABC", CallSign = "X", MothershipMmsi = 412345678, Name = "" }, StaticDataReport.Read);
        Assert.Equal(412345678u, m.MothershipMmsi);
        Assert.Equal(0, m.ToBow);
    }
}
