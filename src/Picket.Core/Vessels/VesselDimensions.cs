namespace Picket.Core.Vessels;

/// <summary>
/// Distances in metres from the AIS position reference point to bow, stern, port and starboard
/// (ITU-R M.1371-5, Fig. 42). 0 means not available; 511/63 mean "that many metres or more".
/// </summary>
public readonly record struct VesselDimensions(ushort ToBow, ushort ToStern, byte ToPort, byte ToStarboard)
{
    public int Length => ToBow + ToStern;
    public int Beam => ToPort + ToStarboard;
    public bool IsAvailable => Length > 0 || Beam > 0;

    public override string ToString() => FormattableString.Invariant($"{Length}x{Beam} m");
}
