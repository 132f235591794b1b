using System.Text.Json;

namespace Picket.Core.Events;

/// <summary>
/// Reads an event's evidence object back into its type's record. Evidence that does not have the type's shape (a
/// file from another producer, such as the simulator's truth, or a damaged line) is kept as an open
/// <see cref="Evidence"/> bag and the reason is returned, so a reader can count it.
/// </summary>
public static class EvidenceReader
{
    /// <returns>The typed record, or an open bag with <paramref name="problem"/> saying why it is not typed.</returns>
    public static EventEvidence Read(EventType type, JsonElement evidence, out string? problem)
    {
        var f = new EvidenceFields(evidence);
        EventEvidence? typed = null;
        if (f.Ok)
        {
            typed = type switch
            {
                EventType.Encounter => EncounterEvidence.Read(f),
                EventType.Loitering => LoiteringEvidence.Read(f),
                EventType.Gap => f.OptionalBool("still_dark") == true ? OpenGapEvidence.Read(f) : GapEvidence.Read(f),
                EventType.PortCall => PortCallEvidence.Read(f),
                EventType.PositionJump => PositionJumpEvidence.Read(f),
                EventType.IdentityChange => IdentityChangeEvidence.Read(f),
                EventType.IdentityClash => IdentityClashEvidence.Read(f),
                EventType.DraughtChange => DraughtChangeEvidence.Read(f),
                EventType.LaunderingChain => LaunderingChainEvidence.Read(f),
                _ => null,
            };
        }
        if (f.Ok && typed is not null)
        {
            problem = null;
            return typed;
        }
        problem = f.Problem ?? $"no typed evidence for {type}";
        return Evidence.FromJson(evidence);
    }
}
