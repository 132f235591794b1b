namespace Picket.Simulation.Truth;

/// <summary>
/// The definitions the truth is read with: the published detection parameters the detectors use
/// (after Global Fishing Watch: Miller et al. 2018, Frontiers in Marine Science 5:240), so a planted event is in the truth exactly when a correct
/// detector should report it.
/// </summary>
internal static class TruthRules
{
    /// <summary>Encounter: two vessels within 500 m …</summary>
    public const double EncounterMetres = 500;
    /// <summary>… for at least 2 h …</summary>
    public const long EncounterMinMs = 2 * 3_600_000L;
    /// <summary>… both slower than 2 kn (GFW published filter) …</summary>
    public const double SlowKnots = 2.0;
    /// <summary>… at least 10 km from a port (encounters and loitering).</summary>
    public const double PortExclusionMetres = 10_000;
    /// <summary>Loitering: slow for at least 4 h (Pew/RFMO carrier definition).</summary>
    public const long LoiterMinMs = 4 * 3_600_000L;
    /// <summary>A loitering run is broken by a silence longer than this (the vessel may have gone elsewhere).</summary>
    public const long LoiterBreakMs = 2 * 3_600_000L;
    /// <summary>Gap: no position from an MMSI for at least 6 h (GFW's older off/on marker threshold).</summary>
    public const long GapMinMs = 6 * 3_600_000L;
    /// <summary>Port call: entry within 3 km of a port, exit beyond 4 km (GFW hysteresis).</summary>
    public const double PortEntryMetres = 3_000, PortExitMetres = 4_000;
    /// <summary>Draught change: 1 m or more between two static reports (smaller edits are crew housekeeping).</summary>
    public const double DraughtMinChangeMetres = 1.0;
    /// <summary>Watches sample pair distances once a minute: fine against a 2 h minimum.</summary>
    public const long WatchStepMs = 60_000;
}
