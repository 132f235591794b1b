namespace Picket.Core.Vessels;

/// <summary>
/// Distances in metres from the AIS position reference point to bow, stern, port and starboard
/// (ITU-R M.1371-5, Fig. 42). 0 means not available; 511/63 mean "that many metres or more".
/// </summary>
/// <param name="ToBow">Metres from the reference point to the bow, 0–511.</param>
/// <param name="ToStern">Metres from the reference point to the stern, 0–511.</param>
/// <param name="ToPort">Metres from the reference point to the port side, 0–63.</param>
/// <param name="ToStarboard">Metres from the reference point to the starboard side, 0–63.</param>
public readonly record struct VesselDimensions(ushort ToBow, ushort ToStern, byte ToPort, byte ToStarboard)
{
    /// <summary>Overall length in metres (bow + stern); 0 when not available.</summary>
    public int Length => ToBow + ToStern;
    /// <summary>Beam in metres (port + starboard); 0 when not available.</summary>
    public int Beam => ToPort + ToStarboard;
    /// <summary>Whether the station sent any dimension.</summary>
    public bool IsAvailable => Length > 0 || Beam > 0;

    /// <summary>Length by beam in metres, e.g. <c>183x32 m</c>, invariant culture.</summary>
    public override string ToString() => FormattableString.Invariant($"{Length}x{Beam} m");
}
