namespace Picket.Core.Vessels;

/// <summary>The AIS "type of ship and cargo" code (ITU-R M.1371-5, Table 53): 0 = not available, 1–99 defined.</summary>
/// <param name="Code">The code as sent, 0–255; 100–199 are reserved for regional use and 200–255 for future use.</param>
public readonly record struct ShipType(byte Code)
{
    /// <summary>70–79: cargo ships.</summary>
    public bool IsCargo => Code is >= 70 and <= 79;

    /// <summary>80–89: tankers (81–84 carry hazardous categories A–D).</summary>
    public bool IsTanker => Code is >= 80 and <= 89;

    /// <summary>Whether a code was sent (not 0).</summary>
    public bool IsAvailable => Code != 0;

    /// <summary>The numeric code, invariant culture.</summary>
    public override string ToString() => Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
