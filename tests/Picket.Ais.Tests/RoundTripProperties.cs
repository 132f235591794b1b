using FsCheck.Xunit;
using Picket.Ais.Messages;
using Picket.Ais.Nmea;
using Picket.Ais.Payload;

namespace Picket.Ais.Tests;

/// <summary>
/// Encode → NMEA text → decode gives back the same message, for every supported type, over random field values
/// (masked to each field's width). The NMEA path includes tag blocks and, for long messages, multi-part sentences.
/// </summary>
public sealed class RoundTripProperties
{
    private static T RoundTrip<T>(T message, Func<BitReader, T> read, long timeSeconds, bool channelB) where T : struct, IAisMessage
    {
        var text = new StringWriter();
        AisEncoder.Write(new NmeaWriter(), text, message, channelB ? 'B' : 'A', timeSeconds * 1000, "rx1");
        var c = new Collect().Lines(text.ToString());
        var m = Assert.Single(c.Messages);
        Assert.Equal(timeSeconds * 1000, m.TimeMs);
        Assert.Equal("rx1", m.Source);
        return read(Collect.Reader(m));
    }

    private static int Signed(int value, int bits) => (value << (32 - bits)) >> (32 - bits);
    private static uint Bits(uint value, int bits) => value & (uint)((1UL << bits) - 1);

    /// <summary>Six-bit text as a decoder returns it: only table characters, no '@', no trailing spaces.</summary>
    private static string Text(string? s, int max)
    {
        var chars = (s ?? "").Take(max).Select(ch => SixBit.ToText(ch % 63 + 1)).ToArray();
        return new string(chars).TrimEnd(' ');
    }

    [Property(MaxTest = 300)]
    public bool Type_1_2_3(byte t, uint mmsi, byte status, sbyte rot, ushort sog, bool acc, int lon, int lat, ushort cog, ushort hdg, byte sec, byte man, bool raim, uint radio, uint time)
    {
        var m = new PositionReportClassA
        {
            MessageType = (byte)(1 + t % 3), Repeat = (byte)(t >> 6), Mmsi = Bits(mmsi, 30), Status = (NavigationStatus)(status & 15), RateOfTurnRaw = rot,
            SpeedRaw = (ushort)Bits(sog, 10), PositionAccuracy = acc, LongitudeRaw = Signed(lon, 28), LatitudeRaw = Signed(lat, 27),
            CourseRaw = (ushort)Bits(cog, 12), HeadingRaw = (ushort)Bits(hdg, 9), SecondRaw = (byte)Bits(sec, 6), ManeuverIndicator = (byte)Bits(man, 2),
            Raim = raim, RadioStatus = Bits(radio, 19),
        };
        return RoundTrip(m, PositionReportClassA.Read, time, raim) == m;
    }

    [Property(MaxTest = 200)]
    public bool Type_4_11(bool eleven, uint mmsi, ushort year, byte month, byte day, byte hour, byte minute, byte second, int lon, int lat, byte epfd, uint radio)
    {
        var m = new BaseStationReport
        {
            MessageType = eleven ? (byte)11 : (byte)4, Mmsi = Bits(mmsi, 30), Year = (ushort)Bits(year, 14), Month = (byte)Bits(month, 4), Day = (byte)Bits(day, 5),
            Hour = (byte)Bits(hour, 5), Minute = (byte)Bits(minute, 6), SecondRaw = (byte)Bits(second, 6), LongitudeRaw = Signed(lon, 28), LatitudeRaw = Signed(lat, 27),
            Epfd = (Epfd)Bits(epfd, 4), RadioStatus = Bits(radio, 19), PositionAccuracy = eleven,
        };
        return RoundTrip(m, BaseStationReport.Read, 1, false) == m;
    }

    [Property(MaxTest = 200)]
    public bool Type_5(uint mmsi, uint imo, string? callsign, string? name, byte shipType, ushort bow, ushort stern, byte port, byte starboard, byte epfd, byte month, byte day, byte hour, byte minute, byte draught, string? destination, bool dte)
    {
        var m = new StaticAndVoyageData
        {
            Mmsi = Bits(mmsi, 30), AisVersion = (byte)(shipType & 3), ImoRaw = Bits(imo, 30), CallSign = Text(callsign, 7), Name = Text(name, 20), ShipType = shipType,
            ToBow = (ushort)Bits(bow, 9), ToStern = (ushort)Bits(stern, 9), ToPort = (byte)Bits(port, 6), ToStarboard = (byte)Bits(starboard, 6), Epfd = (Epfd)Bits(epfd, 4),
            EtaMonth = (byte)Bits(month, 4), EtaDay = (byte)Bits(day, 5), EtaHour = (byte)Bits(hour, 5), EtaMinute = (byte)Bits(minute, 6), DraughtRaw = draught,
            Destination = Text(destination, 20), Dte = dte,
        };
        return RoundTrip(m, StaticAndVoyageData.Read, 2, dte) == m;
    }

    [Property(MaxTest = 200)]
    public bool Type_9(uint mmsi, ushort alt, ushort sog, int lon, int lat, ushort cog, byte sec, byte regional, bool dte, bool assigned, bool raim, uint radio)
    {
        var m = new SarAircraftPosition
        {
            Mmsi = Bits(mmsi, 30), AltitudeRaw = (ushort)Bits(alt, 12), SpeedRaw = (ushort)Bits(sog, 10), LongitudeRaw = Signed(lon, 28), LatitudeRaw = Signed(lat, 27),
            CourseRaw = (ushort)Bits(cog, 12), SecondRaw = (byte)Bits(sec, 6), Regional = regional, Dte = dte, Assigned = assigned, Raim = raim, RadioStatus = Bits(radio, 20),
        };
        return RoundTrip(m, SarAircraftPosition.Read, 3, false) == m;
    }

    [Property(MaxTest = 200)]
    public bool Type_18(uint mmsi, byte reserved, ushort sog, int lon, int lat, ushort cog, ushort hdg, byte sec, byte flags, bool raim, uint radio)
    {
        var m = new PositionReportClassB
        {
            Mmsi = Bits(mmsi, 30), Reserved = reserved, SpeedRaw = (ushort)Bits(sog, 10), LongitudeRaw = Signed(lon, 28), LatitudeRaw = Signed(lat, 27),
            CourseRaw = (ushort)Bits(cog, 12), HeadingRaw = (ushort)Bits(hdg, 9), SecondRaw = (byte)Bits(sec, 6), Regional = (byte)(flags & 3),
            CsUnit = (flags & 4) != 0, Display = (flags & 8) != 0, Dsc = (flags & 16) != 0, Band = (flags & 32) != 0, Message22 = (flags & 64) != 0,
            Assigned = (flags & 128) != 0, Raim = raim, RadioStatus = Bits(radio, 20), PositionAccuracy = raim,
        };
        return RoundTrip(m, PositionReportClassB.Read, 4, true) == m;
    }

    [Property(MaxTest = 200)]
    public bool Type_19(uint mmsi, ushort sog, int lon, int lat, ushort cog, ushort hdg, byte sec, string? name, byte shipType, ushort bow, ushort stern, byte port, byte starboard, byte epfd, bool raim)
    {
        var m = new ExtendedPositionReportClassB
        {
            Mmsi = Bits(mmsi, 30), SpeedRaw = (ushort)Bits(sog, 10), LongitudeRaw = Signed(lon, 28), LatitudeRaw = Signed(lat, 27), CourseRaw = (ushort)Bits(cog, 12),
            HeadingRaw = (ushort)Bits(hdg, 9), SecondRaw = (byte)Bits(sec, 6), Regional = (byte)(shipType & 15), Name = Text(name, 20), ShipType = shipType,
            ToBow = (ushort)Bits(bow, 9), ToStern = (ushort)Bits(stern, 9), ToPort = (byte)Bits(port, 6), ToStarboard = (byte)Bits(starboard, 6),
            Epfd = (Epfd)Bits(epfd, 4), Raim = raim, Dte = !raim, Assigned = raim,
        };
        return RoundTrip(m, ExtendedPositionReportClassB.Read, 5, false) == m;
    }

    [Property(MaxTest = 200)]
    public bool Type_21(uint mmsi, byte aidType, string? name, int lon, int lat, ushort bow, byte port, byte sec, byte regional, bool off, bool virtualAid)
    {
        var m = new AidToNavigationReport
        {
            Mmsi = Bits(mmsi, 30), AidType = (byte)Bits(aidType, 5), Name = Text(name, 34), LongitudeRaw = Signed(lon, 28), LatitudeRaw = Signed(lat, 27),
            ToBow = (ushort)Bits(bow, 9), ToStern = (ushort)Bits(bow, 9), ToPort = (byte)Bits(port, 6), ToStarboard = (byte)Bits(port, 6), Epfd = Epfd.Surveyed,
            SecondRaw = (byte)Bits(sec, 6), OffPosition = off, Regional = regional, VirtualAid = virtualAid, Assigned = off, Raim = virtualAid,
        };
        // A name of exactly 20 characters followed by an extension that decodes empty would be ambiguous; the text helper never ends in padding.
        return RoundTrip(m, AidToNavigationReport.Read, 6, true) == m;
    }

    [Property(MaxTest = 200)]
    public bool Type_24(uint mmsi, bool partB, bool auxiliary, string? name, byte shipType, string? vendor, byte model, uint serial, string? callsign, ushort bow, byte port, uint mother)
    {
        uint id = auxiliary ? 980000000 + mmsi % 10_000_000 : Bits(mmsi, 30) % 980_000_000;
        var m = !partB
            ? new StaticDataReport { Mmsi = id, PartNumber = 0, Name = Text(name, 20), VendorId = "", CallSign = "" }
            : new StaticDataReport
            {
                Mmsi = id, PartNumber = 1, Name = "", ShipType = shipType, VendorId = Text(vendor, 3), UnitModel = (byte)Bits(model, 4), SerialNumber = Bits(serial, 20),
                CallSign = Text(callsign, 7),
                ToBow = auxiliary ? (ushort)0 : (ushort)Bits(bow, 9), ToStern = auxiliary ? (ushort)0 : (ushort)Bits(bow, 9),
                ToPort = auxiliary ? (byte)0 : (byte)Bits(port, 6), ToStarboard = auxiliary ? (byte)0 : (byte)Bits(port, 6),
                MothershipMmsi = auxiliary ? Bits(mother, 30) : 0,
            };
        return RoundTrip(m, StaticDataReport.Read, 7, partB) == m;
    }

    [Property(MaxTest = 200)]
    public bool Type_27(uint mmsi, bool acc, byte status, int lon, int lat, byte sog, ushort cog, bool gnss)
    {
        var m = new LongRangePosition
        {
            Mmsi = Bits(mmsi, 30), PositionAccuracy = acc, Raim = !acc, Status = (NavigationStatus)(status & 15), LongitudeRaw = Signed(lon, 18),
            LatitudeRaw = Signed(lat, 17), SpeedRaw = (byte)Bits(sog, 6), CourseRaw = (ushort)Bits(cog, 9), GnssNotCurrent = gnss,
        };
        return RoundTrip(m, LongRangePosition.Read, 8, gnss) == m;
    }

    [Property(MaxTest = 200)]
    public bool Type_6_8(bool addressed, uint mmsi, byte seq, uint dest, ushort dac, byte fi, byte dataBytes)
    {
        var m = new BinaryMessageHeader
        {
            MessageType = addressed ? (byte)6 : (byte)8, Mmsi = Bits(mmsi, 30), SequenceNumber = addressed ? (byte)(seq & 3) : (byte)0,
            DestinationMmsi = addressed ? Bits(dest, 30) : 0, Retransmitted = addressed && (seq & 4) != 0, Dac = (ushort)Bits(dac, 10), Fi = (byte)Bits(fi, 6),
            DataBits = (dataBytes % 100) * 6,
        };
        return RoundTrip(m, BinaryMessageHeader.Read, 9, false) == m;
    }
}
