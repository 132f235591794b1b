namespace Picket.Simulation.Fleet;

/// <summary>What kind of ordinary vessel an identity belongs to; decides its size, flag, AIS class and IMO.</summary>
public enum FleetKind
{
    /// <summary>A cargo ship (AIS ship type 70–79) under an open or major registry; class A, with an IMO number.</summary>
    Merchant = 0,
    /// <summary>A tanker (AIS ship type 80–89) under an open or major registry; class A, with an IMO number.</summary>
    Tanker = 1,
    /// <summary>A fishing vessel of 24 m or more under a coastal flag; class A, with an IMO number.</summary>
    LargeFishing = 2,
    /// <summary>A small fishing boat; class B, no IMO number.</summary>
    SmallFishing = 3,
    /// <summary>A motor pleasure craft (AIS ship type 37); class B, no IMO number.</summary>
    Pleasure = 4,
    /// <summary>A sailing yacht (AIS ship type 36); class B, no IMO number.</summary>
    Sailing = 5,
    /// <summary>A tug (AIS ship type 52); class A.</summary>
    Tug = 6,
}

/// <summary>
/// One ordinary identity of <see cref="OrdinaryFleet"/>: an MMSI with a real flag's MID, a name as such ships are
/// named, its own IMO number (valid check digit) when the vessel is big enough to have one, null for small craft.
/// </summary>
/// <param name="Mmsi">Its MMSI; the first three digits are its flag's MID (ITU-R M.585).</param>
/// <param name="Imo">Its IMO number (IMO Res. A.1117(30) check digit); null for small craft.</param>
/// <param name="Name">Its name as broadcast (upper case, AIS six-bit characters).</param>
/// <param name="CallSign">Its call sign, beginning with the flag's ITU prefix.</param>
/// <param name="ShipType">Its AIS ship and cargo type (ITU-R M.1371-5 Table 53).</param>
/// <param name="Length">Length overall in metres.</param>
/// <param name="Beam">Beam in metres.</param>
/// <param name="Kind">What kind of vessel it is.</param>
/// <param name="NameFromList">True when it was given a listed ship's name (<see cref="FleetOptions.CollidingNames"/>).</param>
public sealed record FleetVessel(uint Mmsi, int? Imo, string Name, string CallSign, byte ShipType, int Length, int Beam, FleetKind Kind, bool NameFromList)
{
    /// <summary>Class A transceivers are carried by SOLAS ships (SOLAS V/19.2.4); small craft carry class B.</summary>
    public bool ClassA => Kind is FleetKind.Merchant or FleetKind.Tanker or FleetKind.LargeFishing or FleetKind.Tug;
}
