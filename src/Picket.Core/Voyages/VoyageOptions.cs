namespace Picket.Core.Voyages;

/// <summary>The judgement calls of voyage building, in one place, with the reason for each default.</summary>
public sealed record VoyageOptions
{
    /// <summary>Two calls at the same port this close together are one stay split by a silence or a shift of berth.</summary>
    public TimeSpan MergeSamePortWithin { get; init; } = TimeSpan.FromHours(12);
    /// <summary>
    /// Crews often type the new draught after sailing (UN Panel of Experts S/2019/171 describes draught left stale);
    /// a value entered this soon after departure is read as the departure draught.
    /// </summary>
    public TimeSpan DraughtTypedLateWithin { get; init; } = TimeSpan.FromHours(12);
    /// <summary>Below this spread of declared draughts the hull's load cannot be told (0.1 m steps, crews round).</summary>
    public double MinDraughtRangeMetres { get; init; } = 1.0;
    /// <summary>A declared port within this distance of the port reached is the same errand (Nakhodka / Vostochnyy, Busan / Ulsan).</summary>
    public double NearbyPortKm { get; init; } = 60;
    /// <summary>A bulk carrier's or small tanker's service speed, for the direct-passage time.</summary>
    public double TypicalKnots { get; init; } = 11;

    /// <summary>The published defaults.</summary>
    public static VoyageOptions Default { get; } = new();
}
