using Picket.Core.Vessels;

namespace Picket.Core.Tracks;

/// <summary>
/// Message hygiene before matching, after Global Fishing Watch gpsdio-segment (msg_processor.py): out-of-range
/// positions, the reserved "not available" values and the speed bands that are coding noise are dropped.
/// </summary>
internal static class FixHygiene
{
    private static readonly long MinTicks = new DateTime(1990, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
    private static readonly long MaxTicks = new DateTime(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    public static FixRejection Check(in VesselFix fix)
    {
        switch (fix.Mmsi.Kind)
        {
            case MmsiKind.AidToNavigation or MmsiKind.CoastStation or MmsiKind.SarAircraft:
                return FixRejection.NotAVessel;
        }
        if (fix.Time.UtcTicks < MinTicks || fix.Time.UtcTicks > MaxTicks)
            return FixRejection.TimeOutOfRange;
        if (!double.IsFinite(fix.Lat) || !double.IsFinite(fix.Lon))
            return FixRejection.PositionOutOfRange;
        // M.1371: lat 91 and lon 181 mean "not available"; (0, 0) is what receivers without a GNSS fix send.
        if (fix.Lat == 91 || fix.Lon == 181 || (fix.Lat == 0 && fix.Lon == 0))
            return FixRejection.PositionNotAvailable;
        if (fix.Lat is < -90 or > 90 || fix.Lon is < -180 or > 180)
            return FixRejection.PositionOutOfRange;
        if (fix.Sog is { } sog && IsNoiseSpeed(sog))
            return FixRejection.NoiseSpeed;
        if (fix.Cog is { } cog && (cog < 0 || cog > 360 || !double.IsFinite(cog)))
            return FixRejection.BadCourse;
        return FixRejection.None;
    }

    /// <summary>51.2 and 63 kn are the top of 9- and 6-bit SOG fields misread; 102.3 is M.1371 "not available".</summary>
    public static bool IsNoiseSpeed(double sog) =>
        !double.IsFinite(sog) || sog < 0
        || sog is >= 51.15 and <= 51.25
        || sog is >= 62.95 and <= 63.05
        || sog is >= 102.25 and <= 102.35;

    /// <summary>SOG usable for dead reckoning: known and not above 102.2 kn ("102.2 or more").</summary>
    public static float UsableSog(double? sog) => sog is { } s && s >= 0 && s < 102.2 ? (float)s : float.NaN;

    /// <summary>COG usable for dead reckoning: 360 means "not available" (M.1371).</summary>
    public static float UsableCog(double? cog) => cog is { } c && c >= 0 && c < 360 ? (float)c : float.NaN;
}
