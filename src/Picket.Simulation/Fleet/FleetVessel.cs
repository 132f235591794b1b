namespace Picket.Simulation.Fleet;

/// <summary>What kind of ordinary vessel an identity belongs to; decides its size, flag, AIS class and IMO.</summary>
public enum FleetKind
{
    Merchant = 0,
    Tanker = 1,
    LargeFishing = 2,
    SmallFishing = 3,
    Pleasure = 4,
    Sailing = 5,
    Tug = 6,
}

/// <summary>
/// One ordinary identity of <see cref="OrdinaryFleet"/>: an MMSI with a real flag's MID, a name as such ships are
/// named, its own IMO number (valid check digit) when the vessel is big enough to have one, null for small craft.
/// </summary>
public sealed record FleetVessel(uint Mmsi, int? Imo, string Name, string CallSign, byte ShipType, int Length, int Beam, FleetKind Kind, bool NameFromList)
{
    /// <summary>Class A transceivers are carried by SOLAS ships (SOLAS V/19.2.4); small craft carry class B.</summary>
    public bool ClassA => Kind is FleetKind.Merchant or FleetKind.Tanker or FleetKind.LargeFishing or FleetKind.Tug;
}
