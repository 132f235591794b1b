using System.Globalization;
using Picket.Core.Vessels;

namespace Picket.Analysis;

/// <summary>
/// Everything one MMSI broadcast about its hull over the run, in the forms a list entry is compared with: IMO numbers
/// as seven digits, names, call signs, the flag its MID gives, and whether it presents as a small craft.
/// </summary>
internal sealed class BroadcastIdentity
{
    /// <summary>
    /// Below this length a hull is far under 100 GT, the size from which ships get IMO numbers (SOLAS XI-1/3,
    /// IMO Res. A.1117(30)), so it cannot be the IMO-numbered ship a list describes unless its broadcast lies.
    /// </summary>
    public const int SmallCraftMaxLength = 15;

    public BroadcastIdentity(VesselRecord record)
    {
        Mmsi = record.Mmsi.Value.ToString("D9", CultureInfo.InvariantCulture);
        Flag = record.Flag;
        Names = [.. record.History.Select(h => h.Name).OfType<string>().Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)];
        Imos = [.. record.History.Select(h => h.Imo).OfType<int>().Distinct().Select(i => i.ToString("D7", CultureInfo.InvariantCulture))];
        ValidImos = [.. record.History.Select(h => h.Imo).OfType<int>().Distinct().Where(ImoNumber.HasValidCheckDigit).Select(i => i.ToString("D7", CultureInfo.InvariantCulture))];
        CallSigns = [.. record.History.Select(h => h.CallSign).OfType<string>().Select(NormaliseCallSign).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal)];
        var type = record.History.Select(h => h.ShipType).LastOrDefault(t => t is { IsAvailable: true });
        int length = record.History.Select(h => h.Dimensions?.Length ?? 0).DefaultIfEmpty(0).Max();
        // ITU-R M.1371-5 Table 53: 36 sailing, 37 pleasure craft.
        if (type is { Code: 36 or 37 } t) SmallCraft = t.Code == 36 ? "sailing vessel (AIS type 36)" : "pleasure craft (AIS type 37)";
        else if (length is > 0 and < SmallCraftMaxLength) SmallCraft = string.Create(CultureInfo.InvariantCulture, $"{length} m long");
    }

    public string Mmsi { get; }
    public FlagState? Flag { get; }
    public IReadOnlyList<string> Names { get; }
    /// <summary>Every IMO number broadcast, valid or not (a list may carry the same typo).</summary>
    public IReadOnlyList<string> Imos { get; }
    /// <summary>IMO numbers that pass the check digit: only these can say "another ship".</summary>
    public IReadOnlyList<string> ValidImos { get; }
    public IReadOnlyList<string> CallSigns { get; }
    /// <summary>Why the vessel presents as a small craft, or null when it does not.</summary>
    public string? SmallCraft { get; }

    public static string NormaliseCallSign(string s) => string.Concat(s.Where(char.IsLetterOrDigit)).ToUpperInvariant();
}
