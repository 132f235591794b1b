namespace Picket.Core.Vessels;

/// <summary>Facts about a vessel's broadcast identity that an analyst should see on the vessel record. Not events.</summary>
[Flags]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A [Flags] set named as System.Reflection.BindingFlags is; the name is published API (PublicAPI.approved.txt) that Picket.Analysis and the vessel records use.")]
public enum IdentityFlags
{
    /// <summary>Nothing noteworthy about the identity.</summary>
    None = 0,
    /// <summary>A broadcast IMO number fails the check-digit rule.</summary>
    InvalidImoCheckDigit = 1 << 0,
    /// <summary>The MMSI's MID is not assigned to any country, or the MMSI is not a ship identity at all.</summary>
    MidNotCountry = 1 << 1,
    /// <summary>MID 445: the Democratic People's Republic of Korea.</summary>
    DprkMid = 1 << 2,
    /// <summary>A tanker (ship type 80–89) under the flag of a landlocked country (e.g. Mongolia 457, Bolivia 720).</summary>
    LandlockedFlagTanker = 1 << 3,
    /// <summary>A Class A station (type 5) that broadcasts no IMO number; SOLAS ships must have one.</summary>
    NoImoOnClassA = 1 << 4,
}
