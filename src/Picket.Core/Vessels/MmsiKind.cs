namespace Picket.Core.Vessels;

/// <summary>What an MMSI names, read from its digit pattern (ITU-R M.585-9, Annexes 1–2).</summary>
public enum MmsiKind
{
    /// <summary>Not a valid nine-digit identity, or a pattern ITU does not assign.</summary>
    Invalid = 0,
    /// <summary>MIDxxxxxx: a ship station; the MID names the flag state.</summary>
    Ship,
    /// <summary>0MIDxxxxx: a group of ship stations.</summary>
    Group,
    /// <summary>00MIDxxxx: a coast station, incl. AIS base stations.</summary>
    CoastStation,
    /// <summary>111MIDxxx: a search-and-rescue aircraft.</summary>
    SarAircraft,
    /// <summary>98MIDxxxx: a craft associated with a parent ship (tender, lifeboat).</summary>
    AuxiliaryCraft,
    /// <summary>99MIDxxxx: an aid to navigation.</summary>
    AidToNavigation,
    /// <summary>970xxyyyy: an AIS search-and-rescue transmitter.</summary>
    Sart,
    /// <summary>972xxyyyy: a man-overboard device.</summary>
    ManOverboard,
    /// <summary>974xxyyyy: an EPIRB with AIS.</summary>
    EpirbAis,
    /// <summary>8MIDxxxxx: a handheld VHF transceiver with DSC and GNSS.</summary>
    Handheld,
}
