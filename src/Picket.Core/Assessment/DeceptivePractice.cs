namespace Picket.Core.Assessment;

/// <summary>
/// The seven deceptive shipping practices of the OFAC/State/USCG global maritime advisory of 14 May 2020
/// ("Sanctions Advisory for the Maritime Industry, Energy and Metals Sectors, and Related Communities"), plus list
/// matches, which the advisory presumes. Every point of a vessel's risk score is filed under one of these.
/// </summary>
public enum DeceptivePractice
{
    /// <summary>1. Disabling or manipulating AIS, incl. spoofing name, IMO number or MMSI.</summary>
    AisManipulation = 1,
    /// <summary>2. Physically altering vessel identification (not observable in AIS; listed for completeness).</summary>
    PhysicalAlteration = 2,
    /// <summary>3. Falsifying cargo and vessel documents (not observable in AIS).</summary>
    FalsifiedDocuments = 3,
    /// <summary>4. Ship-to-ship transfers.</summary>
    ShipToShipTransfer = 4,
    /// <summary>5. Voyage irregularities: calls at DPRK ports, cargo moved at sea.</summary>
    VoyageIrregularities = 5,
    /// <summary>6. False flags and flag hopping.</summary>
    FlagHopping = 6,
    /// <summary>7. Complex ownership or management (from list entries' owner links).</summary>
    ComplexOwnership = 7,
    /// <summary>The vessel, a former name of it, or its owner is on a sanctions list.</summary>
    ListMatch = 8,
}
