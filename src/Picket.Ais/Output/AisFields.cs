namespace Picket.Ais.Output;

/// <summary>
/// Every field Picket writes for a decoded message, in CSV column order: the reception and header fields, position
/// and radio state, static and voyage data, times, aids to navigation, binary messages, then the rarer types. The
/// common message types write their fields in this order, which lets the CSV writer emit their cells directly.
/// Field names follow gpsd's and pyais's vocabulary where they have one (snake_case); values are scaled to common units.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "Offset1_1, Type1_1 and their kin are named after their output fields (offset1_1, type1_1: station 1, request 1 of a type 15), gpsd's and pyais's names; renaming would break the published API.")]
public static class AisFields
{
    /// <summary>
    /// <c>time</c>: Reception time, ISO 8601 UTC with milliseconds (tag block, PGHP or trailer); null when the line carried
    /// none. Written for every message.
    /// </summary>
    public static readonly AisField Time = new("time", 0);
    /// <summary>
    /// <c>source</c>: Receiver or source id (tag block <c>s:</c> or a trailer field); null when unknown. Written for every
    /// message.
    /// </summary>
    public static readonly AisField Source = new("source", 1);
    /// <summary><c>type</c>: Message type 1–27 (ITU-R M.1371-5 Table 45). Written for every message.</summary>
    public static readonly AisField Type = new("type", 2);
    /// <summary><c>mmsi</c>: MMSI of the sending station. Written for every message.</summary>
    public static readonly AisField Mmsi = new("mmsi", 3);
    /// <summary><c>channel</c>: VHF channel as sent ("A", "B", "1", "2"); null when empty. Written for every message.</summary>
    public static readonly AisField Channel = new("channel", 4);
    /// <summary><c>repeat</c>: Repeat indicator 0–3. Written for every message.</summary>
    public static readonly AisField Repeat = new("repeat", 5);
    /// <summary><c>status</c>: Navigational status code 0–15 (<see cref="Messages.NavigationStatus"/>). Written for types 1–3, 27.</summary>
    public static readonly AisField Status = new("status", 6);
    /// <summary>
    /// <c>lat</c>: Latitude in degrees, north positive; null when not available. Written for types 1–4, 9, 11, 17–19, 21,
    /// 27; DAC 1 FI 11 and 31.
    /// </summary>
    public static readonly AisField Lat = new("lat", 7);
    /// <summary>
    /// <c>lon</c>: Longitude in degrees, east positive; null when not available. Written for types 1–4, 9, 11, 17–19, 21,
    /// 27; DAC 1 FI 11 and 31.
    /// </summary>
    public static readonly AisField Lon = new("lon", 8);
    /// <summary><c>sog</c>: Speed over ground in knots; null when not available. Written for types 1–3, 9, 18, 19, 27.</summary>
    public static readonly AisField Sog = new("sog", 9);
    /// <summary><c>cog</c>: Course over ground in degrees; null when not available. Written for types 1–3, 9, 18, 19, 27.</summary>
    public static readonly AisField Cog = new("cog", 10);
    /// <summary><c>heading</c>: True heading in degrees; null when not available. Written for types 1–3, 18, 19.</summary>
    public static readonly AisField Heading = new("heading", 11);
    /// <summary><c>accuracy</c>: Position accuracy flag: true better than 10 m. Written for types 1–4, 9, 11, 18, 19, 21, 27; DAC 1 FI 31.</summary>
    public static readonly AisField Accuracy = new("accuracy", 12);
    /// <summary>
    /// <c>rot</c>: Rate of turn in degrees per minute, positive to starboard; null when not available or beyond the
    /// indicator's range. Written for types 1–3.
    /// </summary>
    public static readonly AisField Rot = new("rot", 13);
    /// <summary>
    /// <c>rot_raw</c>: Rate-of-turn indicator as sent, −128 to 127 (−128 not available, ±127 turning fast without a turn
    /// indicator). Written for types 1–3.
    /// </summary>
    public static readonly AisField RotRaw = new("rot_raw", 14);
    /// <summary><c>second</c>: UTC second 0–59 of the report; null for the codes 60–63. Written for types 1–4, 9, 11, 18, 19, 21.</summary>
    public static readonly AisField Second = new("second", 15);
    /// <summary><c>maneuver</c>: Special manoeuvre indicator 0–3 (0 not available). Written for types 1–3.</summary>
    public static readonly AisField Maneuver = new("maneuver", 16);
    /// <summary><c>altitude</c>: Altitude in metres; null when not available (4095). Written for type 9.</summary>
    public static readonly AisField Altitude = new("altitude", 17);
    /// <summary><c>regional</c>: Regional application bits as sent. Written for types 9, 18, 19, 21.</summary>
    public static readonly AisField Regional = new("regional", 18);
    /// <summary><c>cs</c>: Class B unit type: true carrier-sense, false SOTDMA. Written for type 18.</summary>
    public static readonly AisField Cs = new("cs", 19);
    /// <summary><c>display</c>: Class B display flag. Written for type 18.</summary>
    public static readonly AisField Display = new("display", 20);
    /// <summary><c>dsc</c>: Class B DSC flag. Written for type 18.</summary>
    public static readonly AisField Dsc = new("dsc", 21);
    /// <summary><c>band</c>: Class B band flag: true when the whole marine band can be used. Written for type 18.</summary>
    public static readonly AisField Band = new("band", 22);
    /// <summary><c>msg22</c>: Class B flag: true when message 22 channel management is obeyed. Written for type 18.</summary>
    public static readonly AisField Msg22 = new("msg22", 23);
    /// <summary><c>assigned</c>: Assigned-mode flag. Written for types 9, 18, 19, 21.</summary>
    public static readonly AisField Assigned = new("assigned", 24);
    /// <summary><c>raim</c>: RAIM flag. Written for types 1–4, 9, 11, 18, 19, 21, 27.</summary>
    public static readonly AisField Raim = new("raim", 25);
    /// <summary>
    /// <c>radio</c>: Communication state, the 19 bits as sent; null when the payload was cut before it. Written for types
    /// 1–4, 9, 11, 18, 26.
    /// </summary>
    public static readonly AisField Radio = new("radio", 26);
    /// <summary><c>radio_scheme</c>: Access scheme of the communication state: "sotdma" or "itdma". Written for types 1–4, 9, 11, 18, 26.</summary>
    public static readonly AisField RadioScheme = new("radio_scheme", 27);
    /// <summary>
    /// <c>sync_state</c>: Synchronisation state 0–3: UTC direct, UTC indirect, base station, another station. Written for
    /// types 1–4, 9, 11, 18, 26.
    /// </summary>
    public static readonly AisField SyncState = new("sync_state", 28);
    /// <summary><c>slot_timeout</c>: SOTDMA slot timeout 0–7: frames until the slot changes. Written for types 1–4, 9, 11, 18, 26.</summary>
    public static readonly AisField SlotTimeout = new("slot_timeout", 29);
    /// <summary>
    /// <c>received_stations</c>: SOTDMA sub-message: number of stations received (slot timeout 3, 5 or 7). Written for
    /// types 1–4, 9, 11, 18, 26.
    /// </summary>
    public static readonly AisField ReceivedStations = new("received_stations", 30);
    /// <summary>
    /// <c>slot_number</c>: SOTDMA sub-message: slot number of this transmission (slot timeout 2, 4 or 6). Written for types
    /// 1–4, 9, 11, 18, 26.
    /// </summary>
    public static readonly AisField SlotNumber = new("slot_number", 31);
    /// <summary>
    /// <c>utc_hour</c>: SOTDMA sub-message: UTC hour of the transmitter (slot timeout 1); 24 not available. Written for
    /// types 1–4, 9, 11, 18, 26.
    /// </summary>
    public static readonly AisField UtcHour = new("utc_hour", 32);
    /// <summary>
    /// <c>utc_minute</c>: SOTDMA sub-message: UTC minute of the transmitter (slot timeout 1); 60 not available. Written for
    /// types 1–4, 9, 11, 18, 26.
    /// </summary>
    public static readonly AisField UtcMinute = new("utc_minute", 33);
    /// <summary>
    /// <c>slot_offset</c>: SOTDMA sub-message: offset to the next transmission's slot (slot timeout 0). Written for types
    /// 1–4, 9, 11, 18, 26.
    /// </summary>
    public static readonly AisField SlotOffset = new("slot_offset", 34);
    /// <summary><c>slot_increment</c>: ITDMA: offset to the next slot to be used. Written for types 1–4, 9, 11, 18, 26.</summary>
    public static readonly AisField SlotIncrement = new("slot_increment", 35);
    /// <summary><c>number_of_slots</c>: ITDMA: number of consecutive slots to allocate, 0–7. Written for types 1–4, 9, 11, 18, 26.</summary>
    public static readonly AisField NumberOfSlots = new("number_of_slots", 36);
    /// <summary><c>keep_flag</c>: ITDMA: keep the slot allocated for one more frame. Written for types 1–4, 9, 11, 18, 26.</summary>
    public static readonly AisField KeepFlag = new("keep_flag", 37);
    /// <summary><c>part</c>: Type 24 part number: 0 part A, 1 part B. Written for type 24.</summary>
    public static readonly AisField Part = new("part", 38);
    /// <summary><c>ais_version</c>: AIS version indicator 0–3. Written for type 5.</summary>
    public static readonly AisField AisVersion = new("ais_version", 39);
    /// <summary><c>imo</c>: IMO number; null when not available (0). Written for type 5.</summary>
    public static readonly AisField Imo = new("imo", 40);
    /// <summary><c>callsign</c>: Call sign; null when not available. Written for types 5, 24.</summary>
    public static readonly AisField Callsign = new("callsign", 41);
    /// <summary><c>name</c>: Name of the vessel or aid; null when not available. Written for types 5, 19, 21, 24.</summary>
    public static readonly AisField Name = new("name", 42);
    /// <summary>
    /// <c>ship_type</c>: Type of ship and cargo 0–99 (ITU-R M.1371-5 Table 53); the type 23 value selects the ships
    /// addressed. Written for types 5, 19, 23, 24.
    /// </summary>
    public static readonly AisField ShipType = new("ship_type", 43);
    /// <summary><c>vendor_id</c>: Manufacturer's id, three characters. Written for type 24.</summary>
    public static readonly AisField VendorId = new("vendor_id", 44);
    /// <summary><c>model</c>: Unit model code. Written for type 24.</summary>
    public static readonly AisField Model = new("model", 45);
    /// <summary><c>serial</c>: Unit serial number. Written for type 24.</summary>
    public static readonly AisField Serial = new("serial", 46);
    /// <summary><c>to_bow</c>: Metres from the reference point to the bow; null when not available. Written for types 5, 19, 21, 24.</summary>
    public static readonly AisField ToBow = new("to_bow", 47);
    /// <summary><c>to_stern</c>: Metres from the reference point to the stern; null when not available. Written for types 5, 19, 21, 24.</summary>
    public static readonly AisField ToStern = new("to_stern", 48);
    /// <summary><c>to_port</c>: Metres from the reference point to port; null when not available. Written for types 5, 19, 21, 24.</summary>
    public static readonly AisField ToPort = new("to_port", 49);
    /// <summary>
    /// <c>to_starboard</c>: Metres from the reference point to starboard; null when not available. Written for types 5, 19,
    /// 21, 24.
    /// </summary>
    public static readonly AisField ToStarboard = new("to_starboard", 50);
    /// <summary><c>mothership_mmsi</c>: MMSI of the mothership, for an auxiliary craft (98MIDxxxx). Written for type 24.</summary>
    public static readonly AisField MothershipMmsi = new("mothership_mmsi", 51);
    /// <summary><c>epfd</c>: Type of position fixing device 0–15 (<see cref="Messages.Epfd"/>). Written for types 4, 5, 11, 19, 21.</summary>
    public static readonly AisField Epfd = new("epfd", 52);
    /// <summary><c>eta_month</c>: ETA month 1–12; null when not available. Written for type 5.</summary>
    public static readonly AisField EtaMonth = new("eta_month", 53);
    /// <summary><c>eta_day</c>: ETA day 1–31; null when not available. Written for type 5.</summary>
    public static readonly AisField EtaDay = new("eta_day", 54);
    /// <summary><c>eta_hour</c>: ETA hour 0–23; null when not available. Written for type 5.</summary>
    public static readonly AisField EtaHour = new("eta_hour", 55);
    /// <summary><c>eta_minute</c>: ETA minute 0–59; null when not available. Written for type 5.</summary>
    public static readonly AisField EtaMinute = new("eta_minute", 56);
    /// <summary><c>draught</c>: Draught in metres; null when not available. Written for type 5; DAC 200 FI 10.</summary>
    public static readonly AisField Draught = new("draught", 57);
    /// <summary><c>destination</c>: Destination as entered by the crew; null when not available. Written for type 5.</summary>
    public static readonly AisField Destination = new("destination", 58);
    /// <summary><c>dte</c>: Data terminal flag: false when a terminal is ready. Written for types 5, 9, 19.</summary>
    public static readonly AisField Dte = new("dte", 59);
    /// <summary><c>year</c>: UTC year; null when not available. Written for types 4, 11.</summary>
    public static readonly AisField Year = new("year", 60);
    /// <summary><c>month</c>: UTC month 1–12; null when not available. Written for types 4, 11; DAC 1 FI 22.</summary>
    public static readonly AisField Month = new("month", 61);
    /// <summary><c>day</c>: UTC day 1–31; null when not available. Written for types 4, 11; DAC 1 FI 11 and 22 and 31.</summary>
    public static readonly AisField Day = new("day", 62);
    /// <summary><c>hour</c>: UTC hour 0–23; null when not available. Written for types 4, 11; DAC 1 FI 11 and 22 and 31.</summary>
    public static readonly AisField Hour = new("hour", 63);
    /// <summary><c>minute</c>: UTC minute 0–59; null when not available. Written for types 4, 11; DAC 1 FI 11 and 22 and 31.</summary>
    public static readonly AisField Minute = new("minute", 64);
    /// <summary><c>aid_type</c>: Type of aid to navigation 0–31. Written for type 21.</summary>
    public static readonly AisField AidType = new("aid_type", 65);
    /// <summary><c>off_position</c>: Off-position indicator of a floating aid. Written for type 21.</summary>
    public static readonly AisField OffPosition = new("off_position", 66);
    /// <summary><c>virtual_aid</c>: True for a virtual aid (no physical aid exists). Written for type 21.</summary>
    public static readonly AisField VirtualAid = new("virtual_aid", 67);
    /// <summary><c>gnss_current</c>: True when the position is the current GNSS position. Written for type 27.</summary>
    public static readonly AisField GnssCurrent = new("gnss_current", 68);
    /// <summary><c>dac</c>: Designated area code of the application. Written for types 6, 8, 25, 26.</summary>
    public static readonly AisField Dac = new("dac", 69);
    /// <summary><c>fi</c>: Function identifier of the application. Written for types 6, 8, 25, 26.</summary>
    public static readonly AisField Fi = new("fi", 70);
    /// <summary><c>data_bits</c>: Length of the binary data in bits. Written for types 6, 8, 17, 25, 26.</summary>
    public static readonly AisField DataBits = new("data_bits", 71);
    /// <summary>
    /// <c>data</c>: Binary data nobody here decodes, as hexadecimal (high nibble first, last byte padded with zero bits).
    /// Written for types 6, 8, 17, 25, 26.
    /// </summary>
    public static readonly AisField Data = new("data", 72);
    /// <summary><c>addressed</c>: True when addressed to stations rather than broadcast or to a region. Written for types 22, 25, 26.</summary>
    public static readonly AisField Addressed = new("addressed", 73);
    /// <summary><c>air_temp</c>: Air temperature in °C; null when not available. Written for DAC 1 FI 11 and 31.</summary>
    public static readonly AisField AirTemp = new("air_temp", 74);
    /// <summary><c>band_a</c>: Channel A bandwidth flag as sent. Written for type 22.</summary>
    public static readonly AisField BandA = new("band_a", 75);
    /// <summary><c>band_b</c>: Channel B bandwidth flag as sent. Written for type 22.</summary>
    public static readonly AisField BandB = new("band_b", 76);
    /// <summary><c>beam</c>: Beam in metres; null when not available. Written for DAC 200 FI 10.</summary>
    public static readonly AisField Beam = new("beam", 77);
    /// <summary><c>channel_a</c>: Channel number for AIS 1 (ITU-R M.1084). Written for type 22.</summary>
    public static readonly AisField ChannelA = new("channel_a", 78);
    /// <summary><c>channel_b</c>: Channel number for AIS 2 (ITU-R M.1084). Written for type 22.</summary>
    public static readonly AisField ChannelB = new("channel_b", 79);
    /// <summary><c>country</c>: UN country code, two letters. Written for DAC 200 FI 24.</summary>
    public static readonly AisField Country = new("country", 80);
    /// <summary><c>course_quality</c>: Quality of the course information: true high. Written for DAC 200 FI 10.</summary>
    public static readonly AisField CourseQuality = new("course_quality", 81);
    /// <summary>
    /// <c>current_depth2</c>: Depth of the second current measurement in metres; null when not available. Written for DAC 1
    /// FI 11 and 31.
    /// </summary>
    public static readonly AisField CurrentDepth2 = new("current_depth2", 82);
    /// <summary>
    /// <c>current_depth3</c>: Depth of the third current measurement in metres; null when not available. Written for DAC 1
    /// FI 11 and 31.
    /// </summary>
    public static readonly AisField CurrentDepth3 = new("current_depth3", 83);
    /// <summary><c>current_direction</c>: Surface current direction in degrees; null when not available. Written for DAC 1 FI 11 and 31.</summary>
    public static readonly AisField CurrentDirection = new("current_direction", 84);
    /// <summary>
    /// <c>current_direction2</c>: Current direction at the second depth in degrees; null when not available. Written for
    /// DAC 1 FI 11 and 31.
    /// </summary>
    public static readonly AisField CurrentDirection2 = new("current_direction2", 85);
    /// <summary>
    /// <c>current_direction3</c>: Current direction at the third depth in degrees; null when not available. Written for DAC
    /// 1 FI 11 and 31.
    /// </summary>
    public static readonly AisField CurrentDirection3 = new("current_direction3", 86);
    /// <summary><c>current_speed</c>: Surface current speed in knots; null when not available. Written for DAC 1 FI 11 and 31.</summary>
    public static readonly AisField CurrentSpeed = new("current_speed", 87);
    /// <summary><c>current_speed2</c>: Current speed at the second depth in knots; null when not available. Written for DAC 1 FI 11 and 31.</summary>
    public static readonly AisField CurrentSpeed2 = new("current_speed2", 88);
    /// <summary><c>current_speed3</c>: Current speed at the third depth in knots; null when not available. Written for DAC 1 FI 11 and 31.</summary>
    public static readonly AisField CurrentSpeed3 = new("current_speed3", 89);
    /// <summary><c>dest_mmsi</c>: MMSI of the addressed station; null when broadcast. Written for types 6, 8, 10, 12, 25, 26.</summary>
    public static readonly AisField DestMmsi = new("dest_mmsi", 90);
    /// <summary><c>dest_mmsi1</c>: MMSI of the first addressed station. Written for type 22.</summary>
    public static readonly AisField DestMmsi1 = new("dest_mmsi1", 91);
    /// <summary><c>dest_mmsi2</c>: MMSI of the second addressed station. Written for type 22.</summary>
    public static readonly AisField DestMmsi2 = new("dest_mmsi2", 92);
    /// <summary><c>dew_point</c>: Dew point in °C; null when not available. Written for DAC 1 FI 11 and 31.</summary>
    public static readonly AisField DewPoint = new("dew_point", 93);
    /// <summary><c>duration</c>: Duration of the notice in minutes; null when until cancelled (262143). Written for DAC 1 FI 22.</summary>
    public static readonly AisField Duration = new("duration", 94);
    /// <summary><c>eni</c>: European Number of Identification of the inland vessel. Written for DAC 200 FI 10.</summary>
    public static readonly AisField Eni = new("eni", 95);
    /// <summary><c>ership_type</c>: ERI ship or combination type (UN/ECE code); null when not available. Written for DAC 200 FI 10.</summary>
    public static readonly AisField ErshipType = new("ership_type", 96);
    /// <summary><c>gauge_id1</c>: Id of the first gauge; null when unused. Written for DAC 200 FI 24.</summary>
    public static readonly AisField GaugeId1 = new("gauge_id1", 97);
    /// <summary><c>gauge_id2</c>: Id of the second gauge; null when unused. Written for DAC 200 FI 24.</summary>
    public static readonly AisField GaugeId2 = new("gauge_id2", 98);
    /// <summary><c>gauge_id3</c>: Id of the third gauge; null when unused. Written for DAC 200 FI 24.</summary>
    public static readonly AisField GaugeId3 = new("gauge_id3", 99);
    /// <summary><c>gauge_id4</c>: Id of the fourth gauge; null when unused. Written for DAC 200 FI 24.</summary>
    public static readonly AisField GaugeId4 = new("gauge_id4", 100);
    /// <summary><c>hazard</c>: Number of blue cones or lights 0–3, 4 B-flag, 5 unknown. Written for DAC 200 FI 10.</summary>
    public static readonly AisField Hazard = new("hazard", 101);
    /// <summary><c>heading_quality</c>: Quality of the heading information: true high. Written for DAC 200 FI 10.</summary>
    public static readonly AisField HeadingQuality = new("heading_quality", 102);
    /// <summary><c>humidity</c>: Relative humidity in per cent; null when not available. Written for DAC 1 FI 11 and 31.</summary>
    public static readonly AisField Humidity = new("humidity", 103);
    /// <summary><c>ice</c>: Ice: 0 no, 1 yes, 2 reserved; null when not available. Written for DAC 1 FI 11 and 31.</summary>
    public static readonly AisField Ice = new("ice", 104);
    /// <summary><c>increment1</c>: Increment of the first assignment or reservation. Written for types 16, 20.</summary>
    public static readonly AisField Increment1 = new("increment1", 105);
    /// <summary><c>increment2</c>: Increment of the second assignment or reservation. Written for types 16, 20.</summary>
    public static readonly AisField Increment2 = new("increment2", 106);
    /// <summary><c>increment3</c>: Increment of the third reservation. Written for type 20.</summary>
    public static readonly AisField Increment3 = new("increment3", 107);
    /// <summary><c>increment4</c>: Increment of the fourth reservation. Written for type 20.</summary>
    public static readonly AisField Increment4 = new("increment4", 108);
    /// <summary><c>interval</c>: Reporting interval code (ITU-R M.1371-5 Table 78). Written for type 23.</summary>
    public static readonly AisField Interval = new("interval", 109);
    /// <summary><c>length</c>: Length in metres; null when not available. Written for DAC 200 FI 10.</summary>
    public static readonly AisField Length = new("length", 110);
    /// <summary><c>level1</c>: Water level at the first gauge in metres. Written for DAC 200 FI 24.</summary>
    public static readonly AisField Level1 = new("level1", 111);
    /// <summary><c>level2</c>: Water level at the second gauge in metres. Written for DAC 200 FI 24.</summary>
    public static readonly AisField Level2 = new("level2", 112);
    /// <summary><c>level3</c>: Water level at the third gauge in metres. Written for DAC 200 FI 24.</summary>
    public static readonly AisField Level3 = new("level3", 113);
    /// <summary><c>level4</c>: Water level at the fourth gauge in metres. Written for DAC 200 FI 24.</summary>
    public static readonly AisField Level4 = new("level4", 114);
    /// <summary>
    /// <c>level_trend</c>: Water level trend: 0 steady, 1 decreasing, 2 increasing; null when not available. Written for
    /// DAC 1 FI 11 and 31.
    /// </summary>
    public static readonly AisField LevelTrend = new("level_trend", 115);
    /// <summary><c>linkage_id</c>: Message linkage id. Written for DAC 1 FI 22.</summary>
    public static readonly AisField LinkageId = new("linkage_id", 116);
    /// <summary><c>loaded</c>: True loaded, false unloaded; null when not available. Written for DAC 200 FI 10.</summary>
    public static readonly AisField Loaded = new("loaded", 117);
    /// <summary><c>loaded_raw</c>: Loaded/unloaded code as sent: 0 not available, 1 loaded, 2 unloaded. Written for DAC 200 FI 10.</summary>
    public static readonly AisField LoadedRaw = new("loaded_raw", 118);
    /// <summary><c>low_power</c>: True when low transmit power is commanded. Written for type 22.</summary>
    public static readonly AisField LowPower = new("low_power", 119);
    /// <summary><c>mmsi1</c>: MMSI of the first station acknowledged, interrogated or assigned. Written for types 7, 13, 15, 16.</summary>
    public static readonly AisField Mmsi1 = new("mmsi1", 120);
    /// <summary><c>mmsi2</c>: MMSI of the second station acknowledged, interrogated or assigned. Written for types 7, 13, 15, 16.</summary>
    public static readonly AisField Mmsi2 = new("mmsi2", 121);
    /// <summary><c>mmsi3</c>: MMSI of the third station acknowledged. Written for types 7, 13.</summary>
    public static readonly AisField Mmsi3 = new("mmsi3", 122);
    /// <summary><c>mmsi4</c>: MMSI of the fourth station acknowledged. Written for types 7, 13.</summary>
    public static readonly AisField Mmsi4 = new("mmsi4", 123);
    /// <summary><c>mmsiseq1</c>: Sequence number of the first acknowledged message. Written for types 7, 13.</summary>
    public static readonly AisField Mmsiseq1 = new("mmsiseq1", 124);
    /// <summary><c>mmsiseq2</c>: Sequence number of the second acknowledged message. Written for types 7, 13.</summary>
    public static readonly AisField Mmsiseq2 = new("mmsiseq2", 125);
    /// <summary><c>mmsiseq3</c>: Sequence number of the third acknowledged message. Written for types 7, 13.</summary>
    public static readonly AisField Mmsiseq3 = new("mmsiseq3", 126);
    /// <summary><c>mmsiseq4</c>: Sequence number of the fourth acknowledged message. Written for types 7, 13.</summary>
    public static readonly AisField Mmsiseq4 = new("mmsiseq4", 127);
    /// <summary><c>ne_lat</c>: Latitude of the region's north-east corner in degrees. Written for types 22, 23.</summary>
    public static readonly AisField NeLat = new("ne_lat", 128);
    /// <summary><c>ne_lon</c>: Longitude of the region's north-east corner in degrees. Written for types 22, 23.</summary>
    public static readonly AisField NeLon = new("ne_lon", 129);
    /// <summary><c>notice_type</c>: Area notice description 0–127. Written for DAC 1 FI 22.</summary>
    public static readonly AisField NoticeType = new("notice_type", 130);
    /// <summary><c>number1</c>: Number of consecutive slots of the first reservation. Written for type 20.</summary>
    public static readonly AisField Number1 = new("number1", 131);
    /// <summary><c>number2</c>: Number of consecutive slots of the second reservation. Written for type 20.</summary>
    public static readonly AisField Number2 = new("number2", 132);
    /// <summary><c>number3</c>: Number of consecutive slots of the third reservation. Written for type 20.</summary>
    public static readonly AisField Number3 = new("number3", 133);
    /// <summary><c>number4</c>: Number of consecutive slots of the fourth reservation. Written for type 20.</summary>
    public static readonly AisField Number4 = new("number4", 134);
    /// <summary><c>offset1</c>: Slot offset of the first assignment or reservation. Written for types 16, 20.</summary>
    public static readonly AisField Offset1 = new("offset1", 135);
    /// <summary><c>offset1_1</c>: Slot offset for the first station's first reply. Written for type 15.</summary>
    public static readonly AisField Offset1_1 = new("offset1_1", 136);
    /// <summary><c>offset1_2</c>: Slot offset for the first station's second reply. Written for type 15.</summary>
    public static readonly AisField Offset1_2 = new("offset1_2", 137);
    /// <summary><c>offset2</c>: Slot offset of the second assignment or reservation. Written for types 16, 20.</summary>
    public static readonly AisField Offset2 = new("offset2", 138);
    /// <summary><c>offset2_1</c>: Slot offset for the second station's reply. Written for type 15.</summary>
    public static readonly AisField Offset2_1 = new("offset2_1", 139);
    /// <summary><c>offset3</c>: Slot offset of the third reservation. Written for type 20.</summary>
    public static readonly AisField Offset3 = new("offset3", 140);
    /// <summary><c>offset4</c>: Slot offset of the fourth reservation. Written for type 20.</summary>
    public static readonly AisField Offset4 = new("offset4", 141);
    /// <summary><c>precip_type</c>: Precipitation type code; null when not available. Written for DAC 1 FI 11 and 31.</summary>
    public static readonly AisField PrecipType = new("precip_type", 142);
    /// <summary><c>pressure</c>: Air pressure in hPa; null when not available. Written for DAC 1 FI 11 and 31.</summary>
    public static readonly AisField Pressure = new("pressure", 143);
    /// <summary>
    /// <c>pressure_tendency</c>: Air pressure tendency: 0 steady, 1 decreasing, 2 increasing; null when not available.
    /// Written for DAC 1 FI 11 and 31.
    /// </summary>
    public static readonly AisField PressureTendency = new("pressure_tendency", 144);
    /// <summary><c>quiet</c>: Quiet time in minutes. Written for type 23.</summary>
    public static readonly AisField Quiet = new("quiet", 145);
    /// <summary><c>retransmit</c>: Retransmit flag. Written for types 6, 8, 12.</summary>
    public static readonly AisField Retransmit = new("retransmit", 146);
    /// <summary><c>salinity</c>: Salinity in ‰; null when not available. Written for DAC 1 FI 11 and 31.</summary>
    public static readonly AisField Salinity = new("salinity", 147);
    /// <summary><c>sea_state</c>: Sea state on the Beaufort scale; null when not available. Written for DAC 1 FI 11 and 31.</summary>
    public static readonly AisField SeaState = new("sea_state", 148);
    /// <summary><c>seqno</c>: Sequence number 0–3 of an addressed message. Written for types 6, 8, 12.</summary>
    public static readonly AisField Seqno = new("seqno", 149);
    /// <summary><c>speed_quality</c>: Quality of the speed information: true high. Written for DAC 200 FI 10.</summary>
    public static readonly AisField SpeedQuality = new("speed_quality", 150);
    /// <summary><c>station_type</c>: Station type addressed. Written for type 23.</summary>
    public static readonly AisField StationType = new("station_type", 151);
    /// <summary><c>structured</c>: True when an application id (DAC, FI) precedes the data. Written for types 25, 26.</summary>
    public static readonly AisField Structured = new("structured", 152);
    /// <summary><c>subareas</c>: The notice's sub-areas as text: "shape lat lon key=value …", joined by ";". Written for DAC 1 FI 22.</summary>
    public static readonly AisField SubAreas = new("subareas", 153);
    /// <summary><c>sw_lat</c>: Latitude of the region's south-west corner in degrees. Written for types 22, 23.</summary>
    public static readonly AisField SwLat = new("sw_lat", 154);
    /// <summary><c>sw_lon</c>: Longitude of the region's south-west corner in degrees. Written for types 22, 23.</summary>
    public static readonly AisField SwLon = new("sw_lon", 155);
    /// <summary><c>swell_direction</c>: Swell direction in degrees; null when not available. Written for DAC 1 FI 11 and 31.</summary>
    public static readonly AisField SwellDirection = new("swell_direction", 156);
    /// <summary><c>swell_height</c>: Swell height in metres; null when not available. Written for DAC 1 FI 11 and 31.</summary>
    public static readonly AisField SwellHeight = new("swell_height", 157);
    /// <summary><c>swell_period</c>: Swell period in seconds; null when not available. Written for DAC 1 FI 11 and 31.</summary>
    public static readonly AisField SwellPeriod = new("swell_period", 158);
    /// <summary><c>text</c>: Safety-related text. Written for types 12, 14.</summary>
    public static readonly AisField Text = new("text", 159);
    /// <summary><c>timeout1</c>: Time-out in minutes of the first reservation. Written for type 20.</summary>
    public static readonly AisField Timeout1 = new("timeout1", 160);
    /// <summary><c>timeout2</c>: Time-out in minutes of the second reservation. Written for type 20.</summary>
    public static readonly AisField Timeout2 = new("timeout2", 161);
    /// <summary><c>timeout3</c>: Time-out in minutes of the third reservation. Written for type 20.</summary>
    public static readonly AisField Timeout3 = new("timeout3", 162);
    /// <summary><c>timeout4</c>: Time-out in minutes of the fourth reservation. Written for type 20.</summary>
    public static readonly AisField Timeout4 = new("timeout4", 163);
    /// <summary><c>txrx</c>: Transmit/receive mode code. Written for types 22, 23.</summary>
    public static readonly AisField TxRx = new("txrx", 164);
    /// <summary><c>type1_1</c>: First message type requested from the first station. Written for type 15.</summary>
    public static readonly AisField Type1_1 = new("type1_1", 165);
    /// <summary><c>type1_2</c>: Second message type requested from the first station. Written for type 15.</summary>
    public static readonly AisField Type1_2 = new("type1_2", 166);
    /// <summary><c>type2_1</c>: Message type requested from the second station. Written for type 15.</summary>
    public static readonly AisField Type2_1 = new("type2_1", 167);
    /// <summary><c>visibility</c>: Horizontal visibility in nautical miles; null when not available. Written for DAC 1 FI 11 and 31.</summary>
    public static readonly AisField Visibility = new("visibility", 168);
    /// <summary><c>visibility_greater</c>: True when the visibility is greater than the value given. Written for DAC 1 FI 31.</summary>
    public static readonly AisField VisibilityGreater = new("visibility_greater", 169);
    /// <summary>
    /// <c>water_level</c>: Water level in metres (deviation from the local chart datum); null when not available. Written
    /// for DAC 1 FI 11 and 31.
    /// </summary>
    public static readonly AisField WaterLevel = new("water_level", 170);
    /// <summary><c>water_temp</c>: Water temperature in °C; null when not available. Written for DAC 1 FI 11 and 31.</summary>
    public static readonly AisField WaterTemp = new("water_temp", 171);
    /// <summary><c>wave_direction</c>: Wave direction in degrees; null when not available. Written for DAC 1 FI 11 and 31.</summary>
    public static readonly AisField WaveDirection = new("wave_direction", 172);
    /// <summary><c>wave_height</c>: Significant wave height in metres; null when not available. Written for DAC 1 FI 11 and 31.</summary>
    public static readonly AisField WaveHeight = new("wave_height", 173);
    /// <summary><c>wave_period</c>: Wave period in seconds; null when not available. Written for DAC 1 FI 11 and 31.</summary>
    public static readonly AisField WavePeriod = new("wave_period", 174);
    /// <summary><c>wind_direction</c>: Wind direction in degrees; null when not available. Written for DAC 1 FI 11 and 31.</summary>
    public static readonly AisField WindDirection = new("wind_direction", 175);
    /// <summary><c>wind_gust</c>: Wind gust in knots; null when not available. Written for DAC 1 FI 11 and 31.</summary>
    public static readonly AisField WindGust = new("wind_gust", 176);
    /// <summary><c>wind_gust_direction</c>: Wind gust direction in degrees; null when not available. Written for DAC 1 FI 11 and 31.</summary>
    public static readonly AisField WindGustDirection = new("wind_gust_direction", 177);
    /// <summary><c>wind_speed</c>: Average wind speed in knots; null when not available. Written for DAC 1 FI 11 and 31.</summary>
    public static readonly AisField WindSpeed = new("wind_speed", 178);
    /// <summary><c>zone_size</c>: Transitional zone size in nautical miles minus one. Written for type 22.</summary>
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
