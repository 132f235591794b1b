namespace Picket.Core.Detection;

/// <summary>What the detectors saw and why candidates were dropped: the numbers behind "no events" on a quiet file.</summary>
public sealed class DetectionStats
{
    public long Fixes { get; internal set; }
    public long Segments { get; internal set; }
    public long IdentityReports { get; internal set; }
    public long GridPoints { get; internal set; }
    public long PairChecks { get; internal set; }

    public long Encounters { get; internal set; }
    public long EncounterCandidatesTooShort { get; internal set; }
    public long EncounterCandidatesTooFast { get; internal set; }
    public long EncounterCandidatesNearPort { get; internal set; }
    public long EncounterCandidatesOnLand { get; internal set; }

    public long Loiterings { get; internal set; }
    public long LoiteringCandidatesNearPort { get; internal set; }
    public long LoiteringCandidatesNearShore { get; internal set; }
    public long LoiteringsWithPartner { get; internal set; }

    public long Gaps { get; internal set; }
    public long GapCandidatesNearPort { get; internal set; }
    /// <summary>Silences reported as open gaps by the clock (<see cref="SeaEventDetectors.AdvanceTo"/>), before the vessel reappeared.</summary>
    public long OpenGaps { get; internal set; }

    public long PortCalls { get; internal set; }
    public long DprkPortCalls { get; internal set; }

    public long DraughtChanges { get; internal set; }
    public long DraughtChangesAfterPortCall { get; internal set; }
    public long DraughtChangesLinkedToSts { get; internal set; }
    /// <summary>Changes dropped because another hull used the same MMSI at the time.</summary>
    public long DraughtChangesOnSharedMmsi { get; internal set; }
    /// <summary>Draught reports that could not be given to one hull (several hulls share the MMSI, or none was heard).</summary>
    public long DraughtReportsUnattributed { get; internal set; }

    public long EventsEmitted => Encounters + Loiterings + Gaps + PortCalls + DraughtChanges;

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
