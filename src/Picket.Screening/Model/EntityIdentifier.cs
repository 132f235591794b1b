namespace Picket.Screening.Model;

/// <summary>Identifier schemes the matcher compares exactly.</summary>
public enum IdentifierKind
{
    /// <summary>IMO ship identification number (7 digits, ship check digit; SOLAS XI-1/3, IMO Res. A.1117(30)).</summary>
    ImoShip = 0,
    /// <summary>IMO unique company and registered owner identification number (7 digits, company check digit; IMO Res. MSC.160(78)).</summary>
    ImoCompany = 1,
    /// <summary>Maritime Mobile Service Identity (9 digits; ITU-R M.585).</summary>
    Mmsi = 2,
    /// <summary>Radio call sign.</summary>
    CallSign = 3,
    /// <summary>UN Security Council reference number such as <c>KPe.020</c>.</summary>
    UnReference = 4,
}

/// <summary>An identifier of an entity. <see cref="Value"/> is in normal form (digits only for IMO/MMSI, upper case for call signs).</summary>
/// <param name="Kind">The identifier's scheme.</param>
/// <param name="Value">The identifier in normal form.</param>
public readonly record struct EntityIdentifier(IdentifierKind Kind, string Value);
