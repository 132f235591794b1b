namespace Picket.Simulation.Vessels;

/// <summary>
/// What a transponder broadcasts about its ship: the MMSI on every message, the rest in type 5 (class A) or
/// type 24 (class B). A hull's broadcast identity can differ from its true one (clone, flag hop, rename).
/// IMO 0 means "not broadcast" (M.1371 default).
/// </summary>
internal sealed record Identity(uint Mmsi, int Imo, string Name, string CallSign, byte ShipType, ushort ToBow, ushort ToStern, byte ToPort, byte ToStarboard, double DraughtMetres, string Destination)
{
    public int Length => ToBow + ToStern;
    public int Beam => ToPort + ToStarboard;
}
