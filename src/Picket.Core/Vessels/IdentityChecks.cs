namespace Picket.Core.Vessels;

/// <summary>The per-identity checks behind <see cref="IdentityFlags"/>; MIDs from ITU Radio Regulations Appendix 42 (ITU-R M.585), the IMO number check digit from IMO Resolution A.1117(30).</summary>
public static class IdentityChecks
{
    /// <summary>MID of the Democratic People's Republic of Korea (ITU MID table).</summary>
    public const int DprkMid = 445;

    /// <summary>The flags one identity earns on its own (check digit, MID, landlocked tanker, Class A without IMO); <see cref="IdentityHistory.Flags"/> accumulates them over the timeline.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="identity"/> is null.</exception>
    public static IdentityFlags FlagsOf(VesselIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var flags = IdentityFlags.None;
        if (identity.Imo is { } imo && !ImoNumber.HasValidCheckDigit(imo))
            flags |= IdentityFlags.InvalidImoCheckDigit;
        var mmsi = identity.Mmsi;
        if (mmsi.Kind != MmsiKind.Ship || mmsi.Flag is null)
            flags |= IdentityFlags.MidNotCountry;
        if (mmsi.Kind == MmsiKind.Ship && mmsi.Mid == DprkMid)
            flags |= IdentityFlags.DprkMid;
        if (mmsi.Flag is { Landlocked: true } && identity.ShipType is { IsTanker: true })
            flags |= IdentityFlags.LandlockedFlagTanker;
        if (identity.SeenClassA && identity.Imo is null)
            flags |= IdentityFlags.NoImoOnClassA;
        return flags;
    }
}
