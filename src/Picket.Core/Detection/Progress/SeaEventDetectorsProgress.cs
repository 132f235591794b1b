using Picket.Core.Events;

namespace Picket.Core.Detection;

/// <summary>The one-process composition's view of what its detectors hold open (<see cref="IDetectionProgress"/>).</summary>
public sealed partial class SeaEventDetectors : IDetectionProgress
{
    /// <inheritdoc/>
    public void CopyOpenEncounters(List<OpenEncounter> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        _areas.CopyOpenEncounters(into);
    }

    /// <inheritdoc/>
    public EncounterEvidence? EncounterEvidenceSoFar(in OpenEncounter encounter) => _areas.EncounterEvidenceSoFar(encounter);

    /// <inheritdoc/>
    public void CopyOpenPortCalls(List<OpenPortCall> into, bool dprkOnly)
    {
        ArgumentNullException.ThrowIfNull(into);
        _vessels.CopyOpenPortCalls(into, dprkOnly);
    }
}

/// <summary>Passes progress reads to the encounter detector.</summary>
internal sealed partial class AreaDetectors
{
    public void CopyOpenEncounters(List<OpenEncounter> into) => _encounters.CopyOpen(into);

    public EncounterEvidence? EncounterEvidenceSoFar(in OpenEncounter encounter) => _encounters.EvidenceSoFar(encounter);
}
