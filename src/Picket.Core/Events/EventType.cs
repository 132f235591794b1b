namespace Picket.Core.Events;

/// <summary>The kinds of event Picket reports; the wire names are in <see cref="EventTypeNames"/> (ARCHITECTURE.md §Event format).</summary>
public enum EventType
{
    Encounter,
    Loitering,
    Gap,
    PortCall,
    PositionJump,
    IdentityChange,
    IdentityClash,
    DraughtChange,
    /// <summary>A coal-laundering chain across voyages (see <c>Voyages.LaunderingChainFinder</c>).</summary>
    LaunderingChain,
}

public static class EventTypeNames
{
    public static string ToWireName(this EventType type) => type switch
    {
        EventType.Encounter => "encounter",
        EventType.Loitering => "loitering",
        EventType.Gap => "gap",
        EventType.PortCall => "port_call",
        EventType.PositionJump => "position_jump",
        EventType.IdentityChange => "identity_change",
        EventType.IdentityClash => "identity_clash",
        EventType.DraughtChange => "draught_change",
        EventType.LaunderingChain => "laundering_chain",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static bool TryParse(string name, out EventType type)
    {
        foreach (var t in Enum.GetValues<EventType>())
        {
            if (t.ToWireName() == name)
            {
                type = t;
                return true;
            }
        }
        type = default;
        return false;
    }
}
