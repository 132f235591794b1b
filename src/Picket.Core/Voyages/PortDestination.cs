using Picket.Core.Ports;

namespace Picket.Core.Voyages;

/// <summary>How a typed AIS destination was tied to a port, strongest first.</summary>
public enum DestinationMatchKind : byte
{
    /// <summary>Nothing usable was typed (blank, "FOR ORDERS", "SEA").</summary>
    None = 0,
    /// <summary>A UN/LOCODE, written "RUNJK", "RU NJK" or "RU-NJK" (UNECE Recommendation 16).</summary>
    Locode,
    /// <summary>The port's name or a known alternative spelling ("PUSAN", "NAJIN", "CHINNAMPO").</summary>
    Name,
    /// <summary>Letters of the name in order, the way crews shorten it ("NHK" for Nakhodka), unique in its country.</summary>
    Abbreviation,
    /// <summary>One or two keying errors from a name ("NAKHODAK", "KHOLMKS").</summary>
    Fuzzy,
}

/// <summary>The port a typed destination names, if one could be found, and how.</summary>
/// <param name="Text">The destination as typed.</param>
/// <param name="Port">The port it names, or null when none could be found.</param>
/// <param name="Kind">How the text was tied to the port.</param>
public readonly record struct PortDestination(string Text, Port? Port, DestinationMatchKind Kind)
{
    /// <summary>Whether a port was found.</summary>
    public bool IsResolved => Port is not null;
}
