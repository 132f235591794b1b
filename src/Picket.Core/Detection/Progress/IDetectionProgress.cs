using Picket.Core.Events;

namespace Picket.Core.Detection;

/// <summary>
/// Read-only access to what the detectors hold but have not reported yet: encounters still running or waiting to merge,
/// and port calls not yet left. A live watcher raises alerts from it while a fact is still happening (an event is only
/// emitted once it has closed). Reading changes nothing in the detectors, so events and their ids are the same whether
/// anyone reads or not. Not thread-safe: read from the thread that feeds the detectors.
/// </summary>
public interface IDetectionProgress
{
    /// <summary>
    /// Appends each pair's encounter as it stands (the run open now merged with the one waiting for it, as the
    /// detector will merge them) to <paramref name="into"/>; the caller reuses the list, so nothing is allocated per call.
    /// </summary>
    void CopyOpenEncounters(List<OpenEncounter> into);

    /// <summary>
    /// The evidence <paramref name="encounter"/>'s event would carry if it closed now (medians, nearest port, shore
    /// distance), or null when the pair is no longer held. Computed on demand: call it for the few encounters that
    /// matter, not for every one on every tick.
    /// </summary>
    EncounterEvidence? EncounterEvidenceSoFar(in OpenEncounter encounter);

    /// <summary>Appends each port call not yet left (only those at DPRK ports when <paramref name="dprkOnly"/>) to <paramref name="into"/>.</summary>
    void CopyOpenPortCalls(List<OpenPortCall> into, bool dprkOnly);
}
