namespace Picket.Core.Vessels;

/// <summary>
/// A Maritime Mobile Service Identity: the nine-digit number a radio transmits, not a hull. One hull can broadcast
/// several MMSIs over its life (flag hops) and one MMSI can be broadcast by several hulls (clones, defaults);
/// <see cref="ImoNumber"/> is the number that names a hull. Structure per ITU-R M.585-9.
/// </summary>
/// <param name="Value">The number as transmitted (30 bits in AIS); 0–999,999,999 make a nine-digit identity, larger values are <see cref="MmsiKind.Invalid"/>.</param>
public readonly record struct Mmsi(uint Value)
{
    /// <summary>The largest nine-digit MMSI.</summary>
    public const uint MaxValue = 999_999_999;

    /// <summary>What kind of station the number's leading digits say it is (ITU-R M.585-9 Annex 1), which decides where its MID sits.</summary>
    public MmsiKind Kind => Classify(Value);

    /// <summary>The Maritime Identification Digits (flag state) if this kind carries one, otherwise 0.</summary>
    public int Mid => Kind switch
    {
        MmsiKind.Ship => (int)(Value / 1_000_000),
        MmsiKind.Group => (int)(Value / 100_000),
        MmsiKind.CoastStation => (int)(Value / 10_000),
        MmsiKind.SarAircraft => (int)(Value / 1_000 % 1_000),
        MmsiKind.AuxiliaryCraft or MmsiKind.AidToNavigation => (int)(Value / 10_000 % 1_000),
        MmsiKind.Handheld => (int)(Value / 100_000 % 1_000),
        _ => 0,
    };

    /// <summary>The flag state of the MID, or null when the MID is not assigned to a country (or the kind has no MID).</summary>
    public FlagState? Flag => MidTable.Lookup(Mid);

    /// <summary>Parses decimal digits only (no sign, no spaces, invariant culture); false when <paramref name="text"/> is not a number up to <see cref="MaxValue"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Mmsi mmsi)
    {
        if (uint.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) && v <= MaxValue)
        {
            mmsi = new Mmsi(v);
            return true;
        }
        mmsi = default;
        return false;
    }

    private static MmsiKind Classify(uint v)
    {
        if (v is 0 or > MaxValue)
            return MmsiKind.Invalid;
        var first = v / 100_000_000;
        var firstTwo = v / 10_000_000;
        var firstThree = v / 1_000_000;
        if (first is >= 2 and <= 7)
            return MmsiKind.Ship;
        if (firstThree == 111)
            return MmsiKind.SarAircraft;
        if (firstThree == 970)
            return MmsiKind.Sart;
        if (firstThree == 972)
            return MmsiKind.ManOverboard;
        if (firstThree == 974)
            return MmsiKind.EpirbAis;
        if (firstTwo == 98)
            return MmsiKind.AuxiliaryCraft;
        if (firstTwo == 99)
            return MmsiKind.AidToNavigation;
        if (first == 8)
            return MmsiKind.Handheld;
        if (first == 0)
        {
            // 00MIDxxxx (coast) or 0MIDxxxxx (group); a MID always starts with 2–7.
            if (firstTwo == 0)
                return v / 10_000 is >= 200 and <= 799 ? MmsiKind.CoastStation : MmsiKind.Invalid;
            return v / 100_000 is >= 200 and <= 799 ? MmsiKind.Group : MmsiKind.Invalid;
        }
        return MmsiKind.Invalid;
    }

    /// <summary>The nine digits with leading zeros kept (e.g. <c>002442000</c> for a coast station), invariant culture.</summary>
    public override string ToString() => Value.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
}
