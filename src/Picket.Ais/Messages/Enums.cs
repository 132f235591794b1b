namespace Picket.Ais.Messages;

/// <summary>Navigational status of a class A station (ITU-R M.1371-5 Table 48); values equal the wire values.</summary>
public enum NavigationStatus : byte
{
    /// <summary>Under way using engine.</summary>
    UnderWayUsingEngine = 0,
    /// <summary>At anchor.</summary>
    AtAnchor = 1,
    /// <summary>Not under command.</summary>
    NotUnderCommand = 2,
    /// <summary>Restricted manoeuvrability.</summary>
    RestrictedManoeuvrability = 3,
    /// <summary>Constrained by her draught.</summary>
    ConstrainedByDraught = 4,
    /// <summary>Moored.</summary>
    Moored = 5,
    /// <summary>Aground.</summary>
    Aground = 6,
    /// <summary>Engaged in fishing.</summary>
    EngagedInFishing = 7,
    /// <summary>Under way sailing.</summary>
    UnderWaySailing = 8,
    /// <summary>
    /// Reserved for a future amendment of the status of ships carrying dangerous goods (DG), harmful substances (HS) or
    /// marine pollutants (MP), or of IMO hazard or pollutant category C: high-speed craft (HSC).
    /// </summary>
    ReservedHsc = 9,
    /// <summary>
    /// Reserved for a future amendment of the status of ships carrying DG, HS or MP, or of IMO hazard or pollutant category
    /// A: wing in ground (WIG).
    /// </summary>
    ReservedWig = 10,
    /// <summary>Power-driven vessel towing astern (regional use).</summary>
    PowerDrivenTowingAstern = 11,
    /// <summary>Power-driven vessel pushing ahead or towing alongside (regional use).</summary>
    PowerDrivenPushingAhead = 12,
    /// <summary>Reserved for future use.</summary>
    Reserved13 = 13,
    /// <summary>AIS-SART (active), MOB-AIS or EPIRB-AIS: a distress beacon, not a ship.</summary>
    AisSartActive = 14,
    /// <summary>Undefined: the default, also used by an AIS-SART, MOB-AIS or EPIRB-AIS under test.</summary>
    NotDefined = 15,
}

/// <summary>Type of electronic position fixing device (ITU-R M.1371-5 Table 50); values equal the wire values.</summary>
public enum Epfd : byte
{
    /// <summary>Undefined (the default).</summary>
    Undefined = 0,
    /// <summary>GPS.</summary>
    Gps = 1,
    /// <summary>GLONASS.</summary>
    Glonass = 2,
    /// <summary>Combined GPS and GLONASS.</summary>
    GpsGlonass = 3,
    /// <summary>Loran-C.</summary>
    LoranC = 4,
    /// <summary>Chayka.</summary>
    Chayka = 5,
    /// <summary>Integrated navigation system.</summary>
    IntegratedNavigation = 6,
    /// <summary>Surveyed position (a fixed station such as a base station or an aid to navigation).</summary>
    Surveyed = 7,
    /// <summary>Galileo.</summary>
    Galileo = 8,
    /// <summary>Internal GNSS receiver (codes 9–14 are unused).</summary>
    InternalGnss = 15,
}

/// <summary>The AIS message types Picket knows by number (ITU-R M.1371-5 Annex 8 Table 45); values equal the wire values.</summary>
public enum AisMessageType : byte
{
    /// <summary>Position report, scheduled (class A, SOTDMA): <see cref="PositionReportClassA"/>.</summary>
    PositionReportScheduled = 1,
    /// <summary>Position report in assigned mode (class A, SOTDMA): <see cref="PositionReportClassA"/>.</summary>
    PositionReportAssigned = 2,
    /// <summary>Special position report, in answer to an interrogation (class A, ITDMA): <see cref="PositionReportClassA"/>.</summary>
    PositionReportInterrogated = 3,
    /// <summary>Base station report: <see cref="Messages.BaseStationReport"/>.</summary>
    BaseStationReport = 4,
    /// <summary>Class A static and voyage related data: <see cref="Messages.StaticAndVoyageData"/>.</summary>
    StaticAndVoyageData = 5,
    /// <summary>Binary addressed message: <see cref="BinaryMessageHeader"/>.</summary>
    AddressedBinary = 6,
    /// <summary>Binary acknowledge of a type 6: <see cref="Messages.BinaryAcknowledge"/>.</summary>
    BinaryAcknowledge = 7,
    /// <summary>Binary broadcast message: <see cref="BinaryMessageHeader"/>.</summary>
    BroadcastBinary = 8,
    /// <summary>Standard SAR aircraft position report: <see cref="Messages.SarAircraftPosition"/>.</summary>
    SarAircraftPosition = 9,
    /// <summary>UTC and date inquiry: <see cref="UtcDateInquiry"/>.</summary>
    UtcInquiry = 10,
    /// <summary>UTC and date response, laid out as a base station report: <see cref="Messages.BaseStationReport"/>.</summary>
    UtcResponse = 11,
    /// <summary>Addressed safety-related message: <see cref="AddressedSafetyMessage"/>.</summary>
    AddressedSafety = 12,
    /// <summary>Safety-related acknowledge of a type 12: <see cref="Messages.BinaryAcknowledge"/>.</summary>
    SafetyAcknowledge = 13,
    /// <summary>Safety-related broadcast message: <see cref="BroadcastSafetyMessage"/>.</summary>
    BroadcastSafety = 14,
    /// <summary>Interrogation: <see cref="Messages.Interrogation"/>.</summary>
    Interrogation = 15,
    /// <summary>Assigned mode command: <see cref="Messages.AssignedModeCommand"/>.</summary>
    AssignedModeCommand = 16,
    /// <summary>DGNSS broadcast binary message: <see cref="Messages.DgnssBroadcast"/>.</summary>
    DgnssBroadcast = 17,
    /// <summary>Standard class B equipment position report: <see cref="PositionReportClassB"/>.</summary>
    StandardClassBPosition = 18,
    /// <summary>Extended class B equipment position report: <see cref="ExtendedPositionReportClassB"/>.</summary>
    ExtendedClassBPosition = 19,
    /// <summary>Data link management: <see cref="Messages.DataLinkManagement"/>.</summary>
    DataLinkManagement = 20,
    /// <summary>Aid-to-navigation report: <see cref="AidToNavigationReport"/>.</summary>
    AidToNavigation = 21,
    /// <summary>Channel management: <see cref="Messages.ChannelManagement"/>.</summary>
    ChannelManagement = 22,
    /// <summary>Group assignment command: <see cref="GroupAssignmentCommand"/>.</summary>
    GroupAssignment = 23,
    /// <summary>Static data report (class B, parts A and B): <see cref="Messages.StaticDataReport"/>.</summary>
    StaticDataReport = 24,
    /// <summary>Single slot binary message: <see cref="SingleSlotBinaryMessage"/>.</summary>
    SingleSlotBinary = 25,
    /// <summary>Multiple slot binary message with communications state: <see cref="MultipleSlotBinaryMessage"/>.</summary>
    MultipleSlotBinary = 26,
    /// <summary>Position report for long-range applications (satellite reception): <see cref="LongRangePosition"/>.</summary>
    LongRangeBroadcast = 27,
}
