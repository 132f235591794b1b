using Picket.Core.Geo;
using Picket.Core.Ports;

namespace Picket.Core.Detection;

/// <summary>
/// Every detector parameter in one place. Defaults follow published anchors: Global Fishing Watch's encounters
/// pipeline (Miller et al. 2018, "Identifying Global Patterns of Transshipment Behavior", Front. Mar. Sci. 5:240, and
/// GFW's open pipelines: 500 m, 2 h, median &lt; 2 kn, ≥ 10 km from port, 10-minute grid, interpolation under 1 h, runs merged under 4 h apart, ~2 km pairing cells), its loitering
/// (&lt; 2 kn hourly, carrier variant ≥ 4 h), its port visits (enter ≤ 3 km, leave &gt; 4 km, stop &lt; 0.2 kn), and the
/// Picket issue (gap ≥ 6 h, draught change ≥ 1 m).
/// </summary>
public sealed record DetectionOptions
{
    // --- encounter (GFW encounters_pipeline; Miller et al. 2018) ---

    /// <summary>Two vessels closer than this at a grid step are together (GFW 0.5 km).</summary>
    public double EncounterMaxDistanceMetres { get; init; } = 500;

    /// <summary>A merged encounter must last this long (GFW published 120 min).</summary>
    public TimeSpan EncounterMinDuration { get; init; } = TimeSpan.FromHours(2);

    /// <summary>A raw run of consecutive close grid steps is kept for merging when it lasts this long (GFW raw example 60 min).</summary>
    public TimeSpan EncounterMinRunDuration { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Both vessels' median speed over the encounter must be under this (GFW published filter 2 kn).</summary>
    public double EncounterMaxMedianSpeedKnots { get; init; } = 2;

    /// <summary>The encounter's mean position must be at least this far from a port (GFW 10 km). 0 turns the filter off, e.g. for sheltered DPRK bays.</summary>
    public double EncounterMinPortDistanceKm { get; init; } = 10;

    /// <summary>Runs of the same pair closer than this in time merge into one encounter (GFW 4 h).</summary>
    public TimeSpan EncounterMergeGap { get; init; } = TimeSpan.FromHours(4);

    /// <summary>The resampling grid, aligned to midnight UTC (GFW 10 min).</summary>
    public TimeSpan ResampleInterval { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Grid points are interpolated only between fixes closer than this, so an encounter cannot span a longer hole (GFW 1 h).</summary>
    public TimeSpan MaxInterpolationGap { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Side of the pairing cells; each vessel is compared with its own and the eight neighbouring cells (GFW S2 level 12, ~2 km).</summary>
    public double PairingCellKm { get; init; } = 2;

    /// <summary>At most this many neighbours per vessel per grid step (GFW keeps the nearest 100; here the first 100 found in a fixed order): bounds the cost in a crowded anchorage.</summary>
    public int MaxNeighbours { get; init; } = 100;

    // --- loitering (GFW pipe-loitering; Pew/RFMO carrier definition) ---

    /// <summary>A window is slow when the distance sailed in it, over the time, is under this (GFW 2 kn per hour).</summary>
    public double LoiteringMaxSpeedKnots { get; init; } = 2;

    /// <summary>
    /// The sliding window the loitering speed is measured over (GFW measures whole UTC hours; the same hour, slid along
    /// the fixes, so a run starts and ends with the slow movement rather than with the clock).
    /// </summary>
    public TimeSpan LoiteringWindow { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Consecutive slow windows must span this long (carrier-report variant 4 h; Miller 2018 used 8 h).</summary>
    public TimeSpan LoiteringMinDuration { get; init; } = TimeSpan.FromHours(4);

    /// <summary>The loitering's mean position must be this far from a port.</summary>
    public double LoiteringMinPortDistanceKm { get; init; } = 10;

    /// <summary>…and this far from shore when a <see cref="Shoreline"/> is set (GFW published loitering: mean distance from shore ≥ 20 nm). 0 turns it off.</summary>
    public double LoiteringMinShoreDistanceNm { get; init; } = 20;

    /// <summary>
    /// Coastline for the shore rules (loitering distance, encounters on land dropped) and the shore evidence; the
    /// shipped Natural Earth 1:50m land by default. Null: no coastline, the port-distance rules stand alone.
    /// </summary>
    public Shoreline? Shoreline { get; init; } = Shoreline.NaturalEarth;

    // --- gap ---

    /// <summary>No position for this long between two fixes of one MMSI is a gap (issue: 6 h; GFW's disabling product uses 12 h).</summary>
    public TimeSpan GapMinDuration { get; init; } = TimeSpan.FromHours(6);

    /// <summary>Both ends of a gap must be this far from a port to count as "at sea" (switching off in port is routine).</summary>
    public double GapMinPortDistanceKm { get; init; } = 10;

    /// <summary>Side of the reception cells in degrees (GFW's reception mask is 1°).</summary>
    public double ReceptionCellDegrees { get; init; } = 1;

    /// <summary>The hours before a gap that set the area's normal traffic, against which the hours inside the gap are compared.</summary>
    public TimeSpan ReceptionBaseline { get; init; } = TimeSpan.FromHours(6);

    /// <summary>How long hourly reception counts are kept; longer gaps are judged on their last part.</summary>
    public TimeSpan ReceptionRetention { get; init; } = TimeSpan.FromDays(3);

    /// <summary>An MMSI silent longer than this is forgotten (bounds memory); its return is not reported as a gap.</summary>
    public TimeSpan GapMemory { get; init; } = TimeSpan.FromDays(30);

    // --- port call (GFW port visits) ---

    /// <summary>A segment enters a port when it comes within this distance of the port point (GFW 3 km).</summary>
    public double PortEntryKm { get; init; } = 3;

    /// <summary>It leaves when it is beyond this distance (GFW 4 km; the difference is hysteresis against flapping).</summary>
    public double PortExitKm { get; init; } = 4;

    /// <summary>A call with a fix under this speed has a stop (GFW stop begins &lt; 0.2 kn).</summary>
    public double PortStopKnots { get; init; } = 0.2;

    /// <summary>The ports calls are detected at, and from which encounter and loitering distances are measured.</summary>
    public PortTable Ports { get; init; } = PortTable.Default;

    // --- draught change ---

    /// <summary>A reported draught change this large with no port call since the old value was first reported is cargo moved at sea.</summary>
    public double DraughtMinChangeMetres { get; init; } = 1;

    /// <summary>
    /// Scale of the late-typing discount: a change typed h hours after the hull was last in port keeps 1 − exp(−h ÷ this)
    /// of its confidence. Crews commonly update the voyage data within a few hours of sailing (IMO Res. A.917(22)
    /// leaves it to the watch), so 3 h.
    /// </summary>
    public TimeSpan DraughtLateTypingHours { get; init; } = TimeSpan.FromHours(3);

    /// <summary>An encounter or loitering of the same hull that ended within this long before a draught change is linked to it.</summary>
    public TimeSpan DraughtLinkWindow { get; init; } = TimeSpan.FromHours(48);

    /// <summary>
    /// A draught change is held this long before it is emitted, so that encounters (emitted after their 4 h merge gap)
    /// and loitering (held <see cref="PartnerHold"/> for a dark partner) that explain it are already known.
    /// </summary>
    public TimeSpan DraughtLinkHold { get; init; } = TimeSpan.FromHours(18);

    // --- dark-STS link ---

    /// <summary>A loitering event is held this long after it ends so that a partner's gap closing later can still be linked.</summary>
    public TimeSpan PartnerHold { get; init; } = TimeSpan.FromHours(12);

    /// <summary>A partner's gap must start or end within this distance of the loitering position.</summary>
    public double PartnerMaxDistanceKm { get; init; } = 50;

    /// <summary>Speed assumed for a dark partner to reach the loitering place and leave it (a laden tanker's service speed).</summary>
    public double PartnerTransitKnots { get; init; } = 12;

    /// <summary>The partner must have been able to spend at least this long alongside during the loitering.</summary>
    public TimeSpan PartnerMinAlongside { get; init; } = TimeSpan.FromHours(1);

    internal void Validate()
    {
        if (!(EncounterMaxDistanceMetres > 0) || PairingCellKm * 1000 < EncounterMaxDistanceMetres * 1.1 || PairingCellKm > 50
            || ResampleInterval <= TimeSpan.Zero || MaxInterpolationGap < TimeSpan.Zero || MaxNeighbours < 1
            || !(ReceptionCellDegrees is > 0 and <= 10) || !(PortExitKm >= PortEntryKm) || PortEntryKm <= 0
            || PortExitKm > PortTable.IndexedRadiusKm || GapMinDuration <= TimeSpan.Zero || !(DraughtMinChangeMetres > 0) || DraughtLateTypingHours <= TimeSpan.Zero || DraughtLinkHold < TimeSpan.Zero
            || !(PartnerTransitKnots > 0) || LoiteringWindow < TimeSpan.FromMinutes(10) || ReceptionRetention < TimeSpan.FromHours(1))
            throw new ArgumentException("Detection options out of range.");
        ArgumentNullException.ThrowIfNull(Ports);
    }
}
