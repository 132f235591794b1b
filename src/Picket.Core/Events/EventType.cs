namespace Picket.Core.Events;

/// <summary>The kinds of event Picket reports; the wire names are in <see cref="EventTypeNames"/> (ARCHITECTURE.md §Event format).</summary>
public enum EventType
{
    /// <summary>Two vessels slow and close together at sea for hours (<c>encounter</c>): a possible ship-to-ship transfer.</summary>
    Encounter,
    /// <summary>One vessel slow far from port and shore for hours (<c>loitering</c>): a transfer with a dark partner, or waiting for one.</summary>
    Loitering,
    /// <summary>A vessel silent where others were heard (<c>gap</c>): the AIS transmitter possibly switched off.</summary>
    Gap,
    /// <summary>A stay within a port's radius (<c>port_call</c>).</summary>
    PortCall,
    /// <summary>An excursion to a place the vessel could not have reached and back (<c>position_jump</c>): spoofed or mis-stamped positions.</summary>
    PositionJump,
    /// <summary>A hull's broadcast identity moved (<c>identity_change</c>): a new MMSI for the same IMO, or a new IMO, name or call sign for one MMSI.</summary>
    IdentityChange,
    /// <summary>One MMSI heard at two places at once (<c>identity_clash</c>): two transmitters share an identity.</summary>
    IdentityClash,
    /// <summary>The reported draught rose or fell (<c>draught_change</c>): cargo loaded or discharged, possibly at sea.</summary>
    DraughtChange,
    /// <summary>A coal-laundering chain across voyages (see <c>Voyages.LaunderingChainFinder</c>).</summary>
    LaunderingChain,
}

/// <summary>The wire names of <see cref="EventType"/> in <c>events.jsonl</c> (snake_case, e.g. <c>port_call</c>).</summary>
public static class EventTypeNames
{
    /// <summary>The wire name of <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined value.</exception>
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

    /// <summary>The event type whose wire name is exactly <paramref name="name"/> (case-sensitive); false for any other text.</summary>
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
