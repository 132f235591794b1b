using FsCheck.Xunit;
using Picket.Ais.Messages;
using Picket.Ais.Messages.Application;
using Picket.Ais.Nmea;
using Picket.Ais.Payload;

namespace Picket.Ais.Tests;

/// <summary>
/// Encode → NMEA text → decode gives back the same message for the types and application messages added for issue 18,
/// over random field values masked to each field's width, through tag blocks and multi-part sentences.
/// </summary>
public sealed class RoundTripPropertiesForEveryType
{
    private static T RoundTrip<T>(T message, Func<BitReader, T> read, bool channelB = false) where T : struct, IAisMessage
    {
        var text = new StringWriter();
        AisEncoder.Write(new NmeaWriter(), text, message, channelB ? 'B' : 'A', 1_600_000_000_000, "rx1");
        var c = new Collect().Lines(text.ToString());
        return read(Collect.Reader(Assert.Single(c.Messages)));
    }

    private static uint Bits(uint value, int bits) => value & (uint)((1UL << bits) - 1);
    private static int Signed(int value, int bits) => (value << (32 - bits)) >> (32 - bits);
    private static string Text(string? s, int max) => new string((s ?? "").Take(max).Select(ch => SixBit.ToText(ch % 63 + 1)).ToArray()).TrimEnd(' ');

    [Property(MaxTest = 200)]
    public bool Type_7_13(bool thirteen, uint mmsi, byte count, uint a, uint b, uint c, uint d, byte seqs)
    {
        int n = count % 4 + 1;
        var m = new BinaryAcknowledge
        {
            MessageType = thirteen ? (byte)13 : (byte)7, Mmsi = Bits(mmsi, 30), Count = n, Mmsi1 = Bits(a, 30), Sequence1 = (byte)(seqs & 3),
            Mmsi2 = n > 1 ? Bits(b, 30) : null, Sequence2 = n > 1 ? (byte)((seqs >> 2) & 3) : null,
            Mmsi3 = n > 2 ? Bits(c, 30) : null, Sequence3 = n > 2 ? (byte)((seqs >> 4) & 3) : null,
            Mmsi4 = n > 3 ? Bits(d, 30) : null, Sequence4 = n > 3 ? (byte)(seqs >> 6) : null,
        };
        return RoundTrip(m, BinaryAcknowledge.Read) == m;
    }

    [Property(MaxTest = 100)]
    public bool Type_10(uint mmsi, uint dest) =>
        RoundTrip(new UtcDateInquiry { Mmsi = Bits(mmsi, 30), DestinationMmsi = Bits(dest, 30) }, UtcDateInquiry.Read) is var m
        && m == new UtcDateInquiry { Mmsi = Bits(mmsi, 30), DestinationMmsi = Bits(dest, 30) };

    [Property(MaxTest = 200)]
    public bool Type_12_14(bool addressed, uint mmsi, byte seq, uint dest, string? text)
    {
        if (addressed)
        {
            var a = new AddressedSafetyMessage { Mmsi = Bits(mmsi, 30), SequenceNumber = (byte)(seq & 3), DestinationMmsi = Bits(dest, 30), Retransmitted = (seq & 4) != 0, Text = Text(text, 156) };
            return RoundTrip(a, AddressedSafetyMessage.Read) == a;
        }
        var b = new BroadcastSafetyMessage { Mmsi = Bits(mmsi, 30), Text = Text(text, 161) };
        return RoundTrip(b, BroadcastSafetyMessage.Read, channelB: true) == b;
    }

    [Fact]
    public void Safety_texts_keep_all_their_characters()
    {
        string text = string.Concat(Enumerable.Repeat("SART TEST 0123456789 ", 8))[..161].TrimEnd();
        var b = new BroadcastSafetyMessage { Mmsi = 970000001, Text = text };
        Assert.Equal(text, RoundTrip(b, BroadcastSafetyMessage.Read).Text);
        var a = new AddressedSafetyMessage { Mmsi = 970000001, DestinationMmsi = 244000001, Text = text[..156].TrimEnd() };
        Assert.Equal(a.Text, RoundTrip(a, AddressedSafetyMessage.Read).Text);
    }

    [Property(MaxTest = 200)]
    public bool Type_15(uint mmsi, uint m1, byte t1, ushort o1, byte shape, byte t1b, ushort o1b, uint m2, byte t2, ushort o2)
    {
        bool second = shape % 3 >= 1, station2 = shape % 3 == 2;
        var m = new Interrogation
        {
            Mmsi = Bits(mmsi, 30), Mmsi1 = Bits(m1, 30), Type1 = (byte)Bits(t1, 6), Offset1 = (ushort)Bits(o1, 12),
            Type1b = second || station2 ? (byte)Bits(t1b, 6) : null, Offset1b = second || station2 ? (ushort)Bits(o1b, 12) : null,
            Mmsi2 = station2 ? Bits(m2, 30) : null, Type2 = station2 ? (byte)Bits(t2, 6) : null, Offset2 = station2 ? (ushort)Bits(o2, 12) : null,
        };
        return RoundTrip(m, Interrogation.Read) == m;
    }

    [Property(MaxTest = 200)]
    public bool Type_16(uint mmsi, bool two, uint m1, ushort o1, ushort i1, uint m2, ushort o2, ushort i2)
    {
        var m = new AssignedModeCommand
        {
            Mmsi = Bits(mmsi, 30), Mmsi1 = Bits(m1, 30), Offset1 = (ushort)Bits(o1, 12), Increment1 = (ushort)Bits(i1, 10),
            Mmsi2 = two ? Bits(m2, 30) : null, Offset2 = two ? (ushort)Bits(o2, 12) : null, Increment2 = two ? (ushort)Bits(i2, 10) : null,
        };
        return RoundTrip(m, AssignedModeCommand.Read) == m;
    }

    [Property(MaxTest = 200)]
    public bool Type_17(uint mmsi, int lon, int lat, ushort words)
    {
        var m = new DgnssBroadcast { Mmsi = Bits(mmsi, 30), LongitudeRaw = Signed(lon, 18), LatitudeRaw = Signed(lat, 17), DataBits = words % 24 * 30 };
        return RoundTrip(m, DgnssBroadcast.Read) == m;
    }

    [Property(MaxTest = 200)]
    public bool Type_20(uint mmsi, byte count, ushort o, byte n, byte t, ushort inc)
    {
        int k = count % 4 + 1;
        DataLinkManagement.SlotReservation R(int i) => i < k ? new((ushort)Bits((uint)(o + i), 12), (byte)Bits((uint)(n + i), 4), (byte)Bits((uint)(t + i), 3), (ushort)Bits((uint)(inc + i), 11)) : default;
        var m = new DataLinkManagement { Mmsi = Bits(mmsi, 30), Count = k, Reservation1 = R(0), Reservation2 = R(1), Reservation3 = R(2), Reservation4 = R(3) };
        return RoundTrip(m, DataLinkManagement.Read) == m;
    }

    [Property(MaxTest = 200)]
    public bool Type_22(uint mmsi, bool addressed, ushort a, ushort b, byte mode, int ne, int sw, uint d1, uint d2, byte zone)
    {
        var m = new ChannelManagement
        {
            Mmsi = Bits(mmsi, 30), ChannelA = (ushort)Bits(a, 12), ChannelB = (ushort)Bits(b, 12), TxRxMode = (byte)Bits(mode, 4), LowPower = (mode & 16) != 0,
            Addressed = addressed,
            NorthEastLongitudeRaw = addressed ? 0 : Signed(ne, 18), NorthEastLatitudeRaw = addressed ? 0 : Signed(ne >> 3, 17),
            SouthWestLongitudeRaw = addressed ? 0 : Signed(sw, 18), SouthWestLatitudeRaw = addressed ? 0 : Signed(sw >> 3, 17),
            DestinationMmsi1 = addressed ? Bits(d1, 30) : 0, DestinationMmsi2 = addressed ? Bits(d2, 30) : 0,
            BandA = (mode & 32) != 0, BandB = (mode & 64) != 0, ZoneSize = (byte)Bits(zone, 3),
        };
        return RoundTrip(m, ChannelManagement.Read) == m;
    }

    [Property(MaxTest = 200)]
    public bool Type_23(uint mmsi, int ne, int sw, byte station, byte ship, byte txrx, byte interval, byte quiet)
    {
        var m = new GroupAssignmentCommand
        {
            Mmsi = Bits(mmsi, 30), NorthEastLongitudeRaw = Signed(ne, 18), NorthEastLatitudeRaw = Signed(ne >> 5, 17), SouthWestLongitudeRaw = Signed(sw, 18),
            SouthWestLatitudeRaw = Signed(sw >> 5, 17), StationType = (byte)Bits(station, 4), ShipType = ship, TxRxMode = (byte)Bits(txrx, 2),
            Interval = (byte)Bits(interval, 4), QuietTime = (byte)Bits(quiet, 4),
        };
        return RoundTrip(m, GroupAssignmentCommand.Read) == m;
    }

    [Property(MaxTest = 200)]
    public bool Type_25_26(bool multi, bool addressed, bool structured, uint mmsi, uint dest, ushort dac, byte fi, ushort dataBits, uint radio)
    {
        int header = 40 + (addressed ? 30 : 0) + (structured ? 16 : 0);
        int data = multi ? dataBits % (1064 - 20 - header) : dataBits % (168 - header + 1);
        var h = new SingleSlotBinaryMessage
        {
            Mmsi = Bits(mmsi, 30), Addressed = addressed, Structured = structured, DestinationMmsi = addressed ? Bits(dest, 30) : null,
            Dac = structured ? (ushort)Bits(dac, 10) : null, Fi = structured ? (byte)Bits(fi, 6) : null, DataOffset = header, DataBits = data,
        };
        if (!multi) return RoundTrip(h, SingleSlotBinaryMessage.Read) == h;
        var m = new MultipleSlotBinaryMessage { Header = h, RadioStatus = Bits(radio, 20) };
        return RoundTrip(m, MultipleSlotBinaryMessage.Read) == m;
    }

    [Property(MaxTest = 200)]
    public bool Inland_static_dac_200_fi_10(uint mmsi, string? eni, ushort length, ushort beam, ushort type, byte hazard, ushort draught, byte loaded)
    {
        var app = new InlandStaticAndVoyage
        {
            Eni = Text(eni, 8), LengthRaw = (ushort)Bits(length, 13), BeamRaw = (ushort)Bits(beam, 10), ShipType = (ushort)Bits(type, 14), Hazard = (byte)Bits(hazard, 3),
            DraughtRaw = (ushort)Bits(draught, 11), LoadedRaw = (byte)Bits(loaded, 2), SpeedQuality = (loaded & 4) != 0, CourseQuality = (loaded & 8) != 0, HeadingQuality = (loaded & 16) != 0,
        };
        var back = RoundTrip(new Broadcast<InlandStaticAndVoyage>(Bits(mmsi, 30), 200, 10, app, (ref BitWriter w, InlandStaticAndVoyage a) => a.Write(ref w)),
            r => new Broadcast<InlandStaticAndVoyage>(r.UInt(8, 30), 200, 10, InlandStaticAndVoyage.Read(r, 56), null!));
        return back.App == app;
    }

    [Property(MaxTest = 200)]
    public bool Inland_water_level_dac_200_fi_24(uint mmsi, string? country, ushort id1, short level1, ushort id2, short level2)
    {
        var app = new InlandWaterLevel
        {
            Country = Text(country, 2), Gauge1 = new((ushort)Bits(id1, 11), (short)Signed(level1, 14)), Gauge2 = new((ushort)Bits(id2, 11), (short)Signed(level2, 14)),
        };
        var back = RoundTrip(new Broadcast<InlandWaterLevel>(Bits(mmsi, 30), 200, 24, app, (ref BitWriter w, InlandWaterLevel a) => a.Write(ref w)),
            r => new Broadcast<InlandWaterLevel>(r.UInt(8, 30), 200, 24, InlandWaterLevel.Read(r, 56), null!));
        return back.App == app;
    }

    [Property(MaxTest = 100)]
    public bool Meteo_hydro_dac_1_fi_31_and_fi_11(bool legacy, int lon, int lat, byte wind, short temp, ushort pressure, ushort level, byte wave, ushort salinity)
    {
        if (legacy)
        {
            var old = new MeteoHydroReportLegacy
            {
                LatitudeRaw = Signed(lat, 24), LongitudeRaw = Signed(lon, 25), WindSpeed = (byte)Bits(wind, 7), AirTemperatureRaw = (ushort)Bits((uint)temp, 11),
                PressureRaw = (ushort)Bits(pressure, 9), WaterLevelRaw = (ushort)Bits(level, 9), WaveHeightRaw = wave, SalinityRaw = (ushort)Bits(salinity, 9), Ice = 3,
            };
            var b = RoundTrip(new Broadcast<MeteoHydroReportLegacy>(1, 1, 11, old, (ref BitWriter w, MeteoHydroReportLegacy a) => a.Write(ref w)),
                r => new Broadcast<MeteoHydroReportLegacy>(1, 1, 11, MeteoHydroReportLegacy.Read(r, 56), null!));
            return b.App == old;
        }
        var m = new MeteoHydroReport
        {
            LongitudeRaw = Signed(lon, 25), LatitudeRaw = Signed(lat, 24), WindSpeed = (byte)Bits(wind, 7), AirTemperatureRaw = (short)Signed(temp, 11),
            PressureRaw = (ushort)Bits(pressure, 9), WaterLevelRaw = (ushort)Bits(level, 12), WaveHeightRaw = wave, SalinityRaw = (ushort)Bits(salinity, 9), Ice = 2,
        };
        var back = RoundTrip(new Broadcast<MeteoHydroReport>(1, 1, 31, m, (ref BitWriter w, MeteoHydroReport a) => a.Write(ref w)),
            r => new Broadcast<MeteoHydroReport>(1, 1, 31, MeteoHydroReport.Read(r, 56), null!));
        return back.App == m;
    }

    [Property(MaxTest = 100)]
    public bool Area_notice_dac_1_fi_22(ushort link, byte type, byte month, uint duration, int lon, int lat, ushort radius, string? text, byte shapes)
    {
        var areas = new[]
        {
            new AreaNoticeSubArea { Shape = (byte)(shapes % 3), Scale = (byte)((shapes >> 2) & 3), LongitudeRaw = Signed(lon, 25), LatitudeRaw = Signed(lat, 24), Precision = (byte)(shapes >> 5),
                Radius = (ushort)Bits(radius, shapes % 3 == 1 ? 8 : 12), Second = (ushort)(shapes % 3 == 0 ? 0u : Bits((uint)radius >> 3, 8)), Third = (ushort)(shapes % 3 == 0 ? 0u : Bits((uint)radius >> 1, 9)), Text = "" },
            new AreaNoticeSubArea { Shape = 4, Scale = 1, Points = ((UInt128)(uint)lon << 48) | (uint)lat, Text = "" },
            new AreaNoticeSubArea { Shape = 5, Text = Text(text, 14) },
        };
        var app = new AreaNotice { LinkageId = (ushort)Bits(link, 10), NoticeType = (byte)Bits(type, 7), Month = (byte)Bits(month, 4), Duration = Bits(duration, 18), SubAreas = areas };
        var back = RoundTrip(new Broadcast<AreaNotice>(1, 1, 22, app, (ref BitWriter w, AreaNotice a) => a.Write(ref w)),
            r => new Broadcast<AreaNotice>(1, 1, 22, AreaNotice.Read(r, 56), null!)).App;
        return back with { SubAreas = app.SubAreas } == app && back.SubAreas.SequenceEqual(areas);
    }

    private delegate void AppWriter<TApp>(ref BitWriter w, TApp app);

    /// <summary>A type 8 broadcast carrying one application message, for the encoder.</summary>
    private readonly record struct Broadcast<TApp>(uint Mmsi, ushort Dac, byte Fi, TApp App, AppWriter<TApp> WriteApp) : IAisMessage
    {
        public void Write(ref BitWriter w)
        {
            new BinaryMessageHeader { MessageType = 8, Mmsi = Mmsi, Dac = Dac, Fi = Fi }.Write(ref w);
            WriteApp(ref w, App);
        }
    }
}
