namespace Picket.Ais.Messages;

/// <summary>Navigational status of a class A station (ITU-R M.1371-5 Table 48); values equal the wire values.</summary>
public enum NavigationStatus : byte
{
    UnderWayUsingEngine = 0, AtAnchor = 1, NotUnderCommand = 2, RestrictedManoeuvrability = 3,
    ConstrainedByDraught = 4, Moored = 5, Aground = 6, EngagedInFishing = 7, UnderWaySailing = 8,
    ReservedHsc = 9, ReservedWig = 10, PowerDrivenTowingAstern = 11, PowerDrivenPushingAhead = 12,
    Reserved13 = 13, AisSartActive = 14, NotDefined = 15,
}

/// <summary>Type of electronic position fixing device (ITU-R M.1371-5 Table 50); values equal the wire values.</summary>
public enum Epfd : byte
{
    Undefined = 0, Gps = 1, Glonass = 2, GpsGlonass = 3, LoranC = 4, Chayka = 5,
    IntegratedNavigation = 6, Surveyed = 7, Galileo = 8, InternalGnss = 15,
}

/// <summary>The AIS message types Picket knows by number (ITU-R M.1371-5 Annex 8 Table 45); values equal the wire values.</summary>
public enum AisMessageType : byte
{
    PositionReportScheduled = 1, PositionReportAssigned = 2, PositionReportInterrogated = 3,
    BaseStationReport = 4, StaticAndVoyageData = 5, AddressedBinary = 6, BinaryAcknowledge = 7,
    BroadcastBinary = 8, SarAircraftPosition = 9, UtcInquiry = 10, UtcResponse = 11,
    AddressedSafety = 12, SafetyAcknowledge = 13, BroadcastSafety = 14, Interrogation = 15,
    AssignedModeCommand = 16, DgnssBroadcast = 17, StandardClassBPosition = 18,
    ExtendedClassBPosition = 19, DataLinkManagement = 20, AidToNavigation = 21,
    ChannelManagement = 22, GroupAssignment = 23, StaticDataReport = 24, SingleSlotBinary = 25,
    MultipleSlotBinary = 26, LongRangeBroadcast = 27,
}
