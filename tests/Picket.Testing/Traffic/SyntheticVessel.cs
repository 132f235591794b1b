using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Testing.Traffic;

/// <summary>
/// A vessel added to <see cref="SyntheticTraffic"/> by hand, to plant a behaviour: where it starts, what it says about
/// itself, and hooks that rewrite or drop what it broadcasts (a new MMSI at noon, a displaced fix, silence).
/// </summary>
public sealed class SyntheticVessel
{
    public required Mmsi Mmsi { get; init; }

    public required double Lat { get; init; }

    public required double Lon { get; init; }

    public double Knots { get; init; } = 12;

    public double Course { get; init; }

    public string Name { get; init; } = "";

    public int? Imo { get; init; }

    public string? CallSign { get; init; }

    public byte ShipType { get; init; } = 70;

    public double Draught { get; init; } = 7.5;

    public TransponderClass Class { get; init; } = TransponderClass.A;

    /// <summary>Rewrites each fix before it is sent; null drops it.</summary>
    public Func<VesselFix, VesselFix?>? Broadcast { get; init; }

    /// <summary>Rewrites each static report before it is sent; null drops it.</summary>
    public Func<IdentityReport, IdentityReport?>? Identity { get; init; }

    /// <summary>The valid IMO number (ship identification number, IMO resolution A.1117(30)) whose first six digits are
    /// <paramref name="six"/>: the seventh is the check digit, the sum of the digits weighted 7…2, modulo 10.</summary>
    public static int ImoWithCheckDigit(int six)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(six, 100_000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(six, 999_999);
        var sum = 0;
        var rest = six;
        for (var w = 2; w <= 7; w++)
        {
            sum += rest % 10 * w;
            rest /= 10;
        }
        return six * 10 + sum % 10;
    }
}
