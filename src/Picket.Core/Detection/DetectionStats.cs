namespace Picket.Core.Detection;

/// <summary>What the detectors saw and why candidates were dropped: the numbers behind "no events" on a quiet file.</summary>
public sealed class DetectionStats
{
    /// <summary>Fixes the detectors received from the track builder.</summary>
    public long Fixes { get; internal set; }
    /// <summary>Track segments closed.</summary>
    public long Segments { get; internal set; }
    /// <summary>Identity reports received (for draught).</summary>
    public long IdentityReports { get; internal set; }
    /// <summary>Positions placed on the encounter detector's time grid (interpolated between fixes), the measure of its work.</summary>
    public long GridPoints { get; internal set; }
    /// <summary>Distance checks between two vessels at one grid step, after the proximity grid's cell filter.</summary>
    public long PairChecks { get; internal set; }

    /// <c>encounter</c> events emitted.
    public long Encounters { get; internal set; }
    /// <summary>Close runs dropped as shorter than the minimum encounter duration.</summary>
    public long EncounterCandidatesTooShort { get; internal set; }
    /// <summary>Close runs dropped because a vessel's median speed was not below the encounter limit.</summary>
    public long EncounterCandidatesTooFast { get; internal set; }
    /// <summary>Close runs dropped as within the minimum distance of a port (berths and anchorages).</summary>
    public long EncounterCandidatesNearPort { get; internal set; }
    /// <summary>Close runs dropped because their mean position is on land (bad fixes or inland waters, as GFW drops them).</summary>
    public long EncounterCandidatesOnLand { get; internal set; }

    /// <c>loitering</c> events emitted.
    public long Loiterings { get; internal set; }
    /// <summary>Slow runs dropped as within the minimum distance of a port.</summary>
    public long LoiteringCandidatesNearPort { get; internal set; }
    /// <summary>Slow runs dropped as within the minimum distance of the shore.</summary>
    public long LoiteringCandidatesNearShore { get; internal set; }
    /// <summary>Loitering events that got a possible dark partner (a vessel gone dark nearby at the time).</summary>
    public long LoiteringsWithPartner { get; internal set; }

    /// <c>gap</c> events emitted (closed gaps).
    public long Gaps { get; internal set; }
    /// <summary>Silences dropped because they began or ended near a port, where receivers and crews switch off.</summary>
    public long GapCandidatesNearPort { get; internal set; }
    /// <summary>Silences reported as open gaps by the clock (<see cref="SeaEventDetectors.AdvanceTo"/>), before the vessel reappeared.</summary>
    public long OpenGaps { get; internal set; }

    /// <c>port_call</c> events emitted.
    public long PortCalls { get; internal set; }
    /// <summary>Of <see cref="PortCalls"/>, those at a DPRK port.</summary>
    public long DprkPortCalls { get; internal set; }

    /// <c>draught_change</c> events emitted.
    public long DraughtChanges { get; internal set; }
    /// <summary>Draught changes not reported because a port call since the old value explains them.</summary>
    public long DraughtChangesAfterPortCall { get; internal set; }
    /// <summary>Of <see cref="DraughtChanges"/>, those linked to an encounter, loitering or dark partner of the same hull.</summary>
    public long DraughtChangesLinkedToSts { get; internal set; }
    /// <summary>Changes dropped because another hull used the same MMSI at the time.</summary>
    public long DraughtChangesOnSharedMmsi { get; internal set; }
    /// <summary>Draught reports that could not be given to one hull (several hulls share the MMSI, or none was heard).</summary>
    public long DraughtReportsUnattributed { get; internal set; }

    /// <summary>Events of all kinds emitted by the sea-event detectors.</summary>
    public long EventsEmitted => Encounters + Loiterings + Gaps + PortCalls + DraughtChanges;

    /// <summary>A summary for logs, one line per event type with the reasons candidates were dropped.</summary>
    public override string ToString() => FormattableString.Invariant(
        $"fixes {Fixes}, segments {Segments}, identity reports {IdentityReports}, grid points {GridPoints}, pair checks {PairChecks}\n") +
        FormattableString.Invariant(
        $"encounter {Encounters} (dropped: short {EncounterCandidatesTooShort}, fast {EncounterCandidatesTooFast}, near port {EncounterCandidatesNearPort}, on land {EncounterCandidatesOnLand})\n") +
        FormattableString.Invariant(
        $"loitering {Loiterings} (dropped: near port {LoiteringCandidatesNearPort}, near shore {LoiteringCandidatesNearShore}; with possible partner {LoiteringsWithPartner})\n") +
        FormattableString.Invariant($"gap {Gaps} (near port dropped {GapCandidatesNearPort})\n") +
        FormattableString.Invariant($"port_call {PortCalls} (DPRK {DprkPortCalls})\n") +
        FormattableString.Invariant($"draught_change {DraughtChanges} (linked to an STS {DraughtChangesLinkedToSts}; explained by a port call {DraughtChangesAfterPortCall}; on a shared MMSI {DraughtChangesOnSharedMmsi}; reports not attributable to one hull {DraughtReportsUnattributed})\n");
}
