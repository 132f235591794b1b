using Picket.Ais.Messages;

namespace Picket.Simulation.Radio;

/// <summary>
/// Nominal autonomous reporting intervals, ITU-R M.1371-5 Annex 1 §4.2.1 Table 1 (class A) and Table 2 (class B
/// "CS"): class A at anchor or moored and not faster than 3 kn: 3 min; under way 0–14 kn: 10 s; 14–23 kn: 6 s;
/// over 23 kn: 2 s (the shorter "changing course" rates are not modelled). Class B CS: 30 s above 2 kn, 3 min at or
/// below. Static data (type 5, type 24 A/B): every 6 min. An optional thinning floor lengthens only the moving
/// intervals, to keep large runs small; it is off by default and stated in the outputs when used.
/// </summary>
internal static class ReportIntervals
{
    public const long StaticMs = 6 * 60_000;

    public static long ClassAMs(NavigationStatus status, double sog, long thinFloorMs)
    {
        if (status is NavigationStatus.AtAnchor or NavigationStatus.Moored && sog <= 3) return 180_000;
        long ms = sog > 23 ? 2_000 : sog > 14 ? 6_000 : 10_000;
        return Math.Max(ms, thinFloorMs);
    }

    public static long ClassBMs(double sog, long thinFloorMs) => sog > 2 ? Math.Max(30_000, thinFloorMs) : 180_000;
}
