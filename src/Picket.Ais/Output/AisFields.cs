namespace Picket.Ais.Output;

/// <summary>
/// Every field Picket writes for a decoded message, in CSV column order: the reception and header fields, position
/// and radio state, static and voyage data, times, aids to navigation, binary messages, then the rarer types. The
/// common message types write their fields in this order, which lets the CSV writer emit their cells directly.
/// Field names follow gpsd's and pyais's vocabulary where they have one (snake_case); values are scaled to common units.
/// </summary>
public static class AisFields
{
    public static readonly AisField Time = new("time", 0);
    public static readonly AisField Source = new("source", 1);
    public static readonly AisField Type = new("type", 2);
    public static readonly AisField Mmsi = new("mmsi", 3);
    public static readonly AisField Channel = new("channel", 4);
    public static readonly AisField Repeat = new("repeat", 5);
    public static readonly AisField Status = new("status", 6);
    public static readonly AisField Lat = new("lat", 7);
    public static readonly AisField Lon = new("lon", 8);
    public static readonly AisField Sog = new("sog", 9);
    public static readonly AisField Cog = new("cog", 10);
    public static readonly AisField Heading = new("heading", 11);
    public static readonly AisField Accuracy = new("accuracy", 12);
    public static readonly AisField Rot = new("rot", 13);
    public static readonly AisField RotRaw = new("rot_raw", 14);
    public static readonly AisField Second = new("second", 15);
    public static readonly AisField Maneuver = new("maneuver", 16);
    public static readonly AisField Altitude = new("altitude", 17);
    public static readonly AisField Regional = new("regional", 18);
    public static readonly AisField Cs = new("cs", 19);
    public static readonly AisField Display = new("display", 20);
    public static readonly AisField Dsc = new("dsc", 21);
    public static readonly AisField Band = new("band", 22);
    public static readonly AisField Msg22 = new("msg22", 23);
    public static readonly AisField Assigned = new("assigned", 24);
    public static readonly AisField Raim = new("raim", 25);
    public static readonly AisField Radio = new("radio", 26);
    public static readonly AisField RadioScheme = new("radio_scheme", 27);
    public static readonly AisField SyncState = new("sync_state", 28);
    public static readonly AisField SlotTimeout = new("slot_timeout", 29);
    public static readonly AisField ReceivedStations = new("received_stations", 30);
    public static readonly AisField SlotNumber = new("slot_number", 31);
    public static readonly AisField UtcHour = new("utc_hour", 32);
    public static readonly AisField UtcMinute = new("utc_minute", 33);
    public static readonly AisField SlotOffset = new("slot_offset", 34);
    public static readonly AisField SlotIncrement = new("slot_increment", 35);
    public static readonly AisField NumberOfSlots = new("number_of_slots", 36);
    public static readonly AisField KeepFlag = new("keep_flag", 37);
    public static readonly AisField Part = new("part", 38);
    public static readonly AisField AisVersion = new("ais_version", 39);
    public static readonly AisField Imo = new("imo", 40);
    public static readonly AisField Callsign = new("callsign", 41);
    public static readonly AisField Name = new("name", 42);
    public static readonly AisField ShipType = new("ship_type", 43);
    public static readonly AisField VendorId = new("vendor_id", 44);
    public static readonly AisField Model = new("model", 45);
    public static readonly AisField Serial = new("serial", 46);
    public static readonly AisField ToBow = new("to_bow", 47);
    public static readonly AisField ToStern = new("to_stern", 48);
    public static readonly AisField ToPort = new("to_port", 49);
    public static readonly AisField ToStarboard = new("to_starboard", 50);
    public static readonly AisField MothershipMmsi = new("mothership_mmsi", 51);
    public static readonly AisField Epfd = new("epfd", 52);
    public static readonly AisField EtaMonth = new("eta_month", 53);
    public static readonly AisField EtaDay = new("eta_day", 54);
    public static readonly AisField EtaHour = new("eta_hour", 55);
    public static readonly AisField EtaMinute = new("eta_minute", 56);
    public static readonly AisField Draught = new("draught", 57);
    public static readonly AisField Destination = new("destination", 58);
    public static readonly AisField Dte = new("dte", 59);
    public static readonly AisField Year = new("year", 60);
    public static readonly AisField Month = new("month", 61);
    public static readonly AisField Day = new("day", 62);
    public static readonly AisField Hour = new("hour", 63);
    public static readonly AisField Minute = new("minute", 64);
    public static readonly AisField AidType = new("aid_type", 65);
    public static readonly AisField OffPosition = new("off_position", 66);
    public static readonly AisField VirtualAid = new("virtual_aid", 67);
    public static readonly AisField GnssCurrent = new("gnss_current", 68);
    public static readonly AisField Dac = new("dac", 69);
    public static readonly AisField Fi = new("fi", 70);
    public static readonly AisField DataBits = new("data_bits", 71);
    public static readonly AisField Data = new("data", 72);
    public static readonly AisField Addressed = new("addressed", 73);
    public static readonly AisField AirTemp = new("air_temp", 74);
    public static readonly AisField BandA = new("band_a", 75);
    public static readonly AisField BandB = new("band_b", 76);
    public static readonly AisField Beam = new("beam", 77);
    public static readonly AisField ChannelA = new("channel_a", 78);
    public static readonly AisField ChannelB = new("channel_b", 79);
    public static readonly AisField Country = new("country", 80);
    public static readonly AisField CourseQuality = new("course_quality", 81);
    public static readonly AisField CurrentDepth2 = new("current_depth2", 82);
    public static readonly AisField CurrentDepth3 = new("current_depth3", 83);
    public static readonly AisField CurrentDirection = new("current_direction", 84);
    public static readonly AisField CurrentDirection2 = new("current_direction2", 85);
    public static readonly AisField CurrentDirection3 = new("current_direction3", 86);
    public static readonly AisField CurrentSpeed = new("current_speed", 87);
    public static readonly AisField CurrentSpeed2 = new("current_speed2", 88);
    public static readonly AisField CurrentSpeed3 = new("current_speed3", 89);
    public static readonly AisField DestMmsi = new("dest_mmsi", 90);
    public static readonly AisField DestMmsi1 = new("dest_mmsi1", 91);
    public static readonly AisField DestMmsi2 = new("dest_mmsi2", 92);
    public static readonly AisField DewPoint = new("dew_point", 93);
    public static readonly AisField Duration = new("duration", 94);
    public static readonly AisField Eni = new("eni", 95);
    public static readonly AisField ErshipType = new("ership_type", 96);
    public static readonly AisField GaugeId1 = new("gauge_id1", 97);
    public static readonly AisField GaugeId2 = new("gauge_id2", 98);
    public static readonly AisField GaugeId3 = new("gauge_id3", 99);
    public static readonly AisField GaugeId4 = new("gauge_id4", 100);
    public static readonly AisField Hazard = new("hazard", 101);
    public static readonly AisField HeadingQuality = new("heading_quality", 102);
    public static readonly AisField Humidity = new("humidity", 103);
    public static readonly AisField Ice = new("ice", 104);
    public static readonly AisField Increment1 = new("increment1", 105);
    public static readonly AisField Increment2 = new("increment2", 106);
    public static readonly AisField Increment3 = new("increment3", 107);
    public static readonly AisField Increment4 = new("increment4", 108);
    public static readonly AisField Interval = new("interval", 109);
    public static readonly AisField Length = new("length", 110);
    public static readonly AisField Level1 = new("level1", 111);
    public static readonly AisField Level2 = new("level2", 112);
    public static readonly AisField Level3 = new("level3", 113);
    public static readonly AisField Level4 = new("level4", 114);
    public static readonly AisField LevelTrend = new("level_trend", 115);
    public static readonly AisField LinkageId = new("linkage_id", 116);
    public static readonly AisField Loaded = new("loaded", 117);
    public static readonly AisField LoadedRaw = new("loaded_raw", 118);
    public static readonly AisField LowPower = new("low_power", 119);
    public static readonly AisField Mmsi1 = new("mmsi1", 120);
    public static readonly AisField Mmsi2 = new("mmsi2", 121);
    public static readonly AisField Mmsi3 = new("mmsi3", 122);
    public static readonly AisField Mmsi4 = new("mmsi4", 123);
    public static readonly AisField Mmsiseq1 = new("mmsiseq1", 124);
    public static readonly AisField Mmsiseq2 = new("mmsiseq2", 125);
    public static readonly AisField Mmsiseq3 = new("mmsiseq3", 126);
    public static readonly AisField Mmsiseq4 = new("mmsiseq4", 127);
    public static readonly AisField NeLat = new("ne_lat", 128);
    public static readonly AisField NeLon = new("ne_lon", 129);
    public static readonly AisField NoticeType = new("notice_type", 130);
    public static readonly AisField Number1 = new("number1", 131);
    public static readonly AisField Number2 = new("number2", 132);
    public static readonly AisField Number3 = new("number3", 133);
    public static readonly AisField Number4 = new("number4", 134);
    public static readonly AisField Offset1 = new("offset1", 135);
    public static readonly AisField Offset1_1 = new("offset1_1", 136);
    public static readonly AisField Offset1_2 = new("offset1_2", 137);
    public static readonly AisField Offset2 = new("offset2", 138);
    public static readonly AisField Offset2_1 = new("offset2_1", 139);
    public static readonly AisField Offset3 = new("offset3", 140);
    public static readonly AisField Offset4 = new("offset4", 141);
    public static readonly AisField PrecipType = new("precip_type", 142);
    public static readonly AisField Pressure = new("pressure", 143);
    public static readonly AisField PressureTendency = new("pressure_tendency", 144);
    public static readonly AisField Quiet = new("quiet", 145);
    public static readonly AisField Retransmit = new("retransmit", 146);
    public static readonly AisField Salinity = new("salinity", 147);
    public static readonly AisField SeaState = new("sea_state", 148);
    public static readonly AisField Seqno = new("seqno", 149);
    public static readonly AisField SpeedQuality = new("speed_quality", 150);
    public static readonly AisField StationType = new("station_type", 151);
    public static readonly AisField Structured = new("structured", 152);
    public static readonly AisField SubAreas = new("subareas", 153);
    public static readonly AisField SwLat = new("sw_lat", 154);
    public static readonly AisField SwLon = new("sw_lon", 155);
    public static readonly AisField SwellDirection = new("swell_direction", 156);
    public static readonly AisField SwellHeight = new("swell_height", 157);
    public static readonly AisField SwellPeriod = new("swell_period", 158);
    public static readonly AisField Text = new("text", 159);
    public static readonly AisField Timeout1 = new("timeout1", 160);
    public static readonly AisField Timeout2 = new("timeout2", 161);
    public static readonly AisField Timeout3 = new("timeout3", 162);
    public static readonly AisField Timeout4 = new("timeout4", 163);
    public static readonly AisField TxRx = new("txrx", 164);
    public static readonly AisField Type1_1 = new("type1_1", 165);
    public static readonly AisField Type1_2 = new("type1_2", 166);
    public static readonly AisField Type2_1 = new("type2_1", 167);
    public static readonly AisField Visibility = new("visibility", 168);
    public static readonly AisField VisibilityGreater = new("visibility_greater", 169);
    public static readonly AisField WaterLevel = new("water_level", 170);
    public static readonly AisField WaterTemp = new("water_temp", 171);
    public static readonly AisField WaveDirection = new("wave_direction", 172);
    public static readonly AisField WaveHeight = new("wave_height", 173);
    public static readonly AisField WavePeriod = new("wave_period", 174);
    public static readonly AisField WindDirection = new("wind_direction", 175);
    public static readonly AisField WindGust = new("wind_gust", 176);
    public static readonly AisField WindGustDirection = new("wind_gust_direction", 177);
    public static readonly AisField WindSpeed = new("wind_speed", 178);
    public static readonly AisField ZoneSize = new("zone_size", 179);

    /// <summary>All fields in column order.</summary>
    public static IReadOnlyList<AisField> All { get; } =
    [
        Time,
        Source,
        Type,
        Mmsi,
        Channel,
        Repeat,
        Status,
        Lat,
        Lon,
        Sog,
        Cog,
        Heading,
        Accuracy,
        Rot,
        RotRaw,
        Second,
        Maneuver,
        Altitude,
        Regional,
        Cs,
        Display,
        Dsc,
        Band,
        Msg22,
        Assigned,
        Raim,
        Radio,
        RadioScheme,
        SyncState,
        SlotTimeout,
        ReceivedStations,
        SlotNumber,
        UtcHour,
        UtcMinute,
        SlotOffset,
        SlotIncrement,
        NumberOfSlots,
        KeepFlag,
        Part,
        AisVersion,
        Imo,
        Callsign,
        Name,
        ShipType,
        VendorId,
        Model,
        Serial,
        ToBow,
        ToStern,
        ToPort,
        ToStarboard,
        MothershipMmsi,
        Epfd,
        EtaMonth,
        EtaDay,
        EtaHour,
        EtaMinute,
        Draught,
        Destination,
        Dte,
        Year,
        Month,
        Day,
        Hour,
        Minute,
        AidType,
        OffPosition,
        VirtualAid,
        GnssCurrent,
        Dac,
        Fi,
        DataBits,
        Data,
        Addressed,
        AirTemp,
        BandA,
        BandB,
        Beam,
        ChannelA,
        ChannelB,
        Country,
        CourseQuality,
        CurrentDepth2,
        CurrentDepth3,
        CurrentDirection,
        CurrentDirection2,
        CurrentDirection3,
        CurrentSpeed,
        CurrentSpeed2,
        CurrentSpeed3,
        DestMmsi,
        DestMmsi1,
        DestMmsi2,
        DewPoint,
        Duration,
        Eni,
        ErshipType,
        GaugeId1,
        GaugeId2,
        GaugeId3,
        GaugeId4,
        Hazard,
        HeadingQuality,
        Humidity,
        Ice,
        Increment1,
        Increment2,
        Increment3,
        Increment4,
        Interval,
        Length,
        Level1,
        Level2,
        Level3,
        Level4,
        LevelTrend,
        LinkageId,
        Loaded,
        LoadedRaw,
        LowPower,
        Mmsi1,
        Mmsi2,
        Mmsi3,
        Mmsi4,
        Mmsiseq1,
        Mmsiseq2,
        Mmsiseq3,
        Mmsiseq4,
        NeLat,
        NeLon,
        NoticeType,
        Number1,
        Number2,
        Number3,
        Number4,
        Offset1,
        Offset1_1,
        Offset1_2,
        Offset2,
        Offset2_1,
        Offset3,
        Offset4,
        PrecipType,
        Pressure,
        PressureTendency,
        Quiet,
        Retransmit,
        Salinity,
        SeaState,
        Seqno,
        SpeedQuality,
        StationType,
        Structured,
        SubAreas,
        SwLat,
        SwLon,
        SwellDirection,
        SwellHeight,
        SwellPeriod,
        Text,
        Timeout1,
        Timeout2,
        Timeout3,
        Timeout4,
        TxRx,
        Type1_1,
        Type1_2,
        Type2_1,
        Visibility,
        VisibilityGreater,
        WaterLevel,
        WaterTemp,
        WaveDirection,
        WaveHeight,
        WavePeriod,
        WindDirection,
        WindGust,
        WindGustDirection,
        WindSpeed,
        ZoneSize,
    ];
}
