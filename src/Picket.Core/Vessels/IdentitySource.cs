namespace Picket.Core.Vessels;

/// <summary>The AIS message an identity report came from; values equal the message type on the wire.</summary>
public enum IdentitySource : byte
{
    /// <summary>Type 5, Class A static and voyage data (has IMO, draught, destination, ETA).</summary>
    ClassAStatic = 5,
    /// <summary>Type 19, Class B extended position report (name, type, dimensions).</summary>
    ClassBExtended = 19,
    /// <summary>Type 24, Class B static data, part A (name) or part B (type, call sign, dimensions).</summary>
    ClassBStatic = 24,
}
