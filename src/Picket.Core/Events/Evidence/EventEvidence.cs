using System.Text.Json;

namespace Picket.Core.Events;

/// <summary>
/// What an analyst checks for one event. Each event type has its own record (<see cref="EncounterEvidence"/>,
/// <see cref="GapEvidence"/>…) so the engine reads facts as typed properties, never by string key; the open
/// <see cref="Evidence"/> bag remains for producers outside the detectors (the simulator's truth) and for evidence
/// read back from a file that does not have its type's shape.
/// </summary>
public abstract record EventEvidence
{
    /// <summary>Writes the evidence as one JSON object, keys in the documented order (README §Events).</summary>
    public abstract void WriteTo(Utf8JsonWriter writer);
}
