using Picket.Ais.Messages;
using Picket.Simulation.Geography;

namespace Picket.Simulation.Vessels;

/// <summary>
/// One piece of a vessel's plan: a straight move at constant speed, or a hold around a point (berth, anchorage,
/// meeting point) with an optional slow drift. Drift is measured from <see cref="DriftOriginMs"/> so two vessels
/// lying alongside with the same origin, centre and drift stay together.
/// </summary>
internal readonly record struct Leg(
    bool IsMove,
    LatLon From,
    LatLon To,
    long StartMs,
    long EndMs,
    double SpeedKnots,
    NavigationStatus Status,
    double DriftKnots = 0,
    double DriftBearing = 0,
    long DriftOriginMs = 0)
{
    public const double MetresPerSecondPerKnot = 1852.0 / 3600.0;

    public static Leg Move(LatLon from, LatLon to, long startMs, double knots, NavigationStatus status = NavigationStatus.UnderWayUsingEngine)
    {
        double seconds = from.DistanceMetres(to) / (knots * MetresPerSecondPerKnot);
        return new Leg(true, from, to, startMs, startMs + Math.Max(1000, (long)(seconds * 1000)), knots, status);
    }

    /// <summary>Stays at <paramref name="at"/> for <paramref name="hours"/> from <paramref name="startMs"/> (moored, at anchor).</summary>
    public static Leg HoldHours(LatLon at, long startMs, double hours, NavigationStatus status) =>
        Hold(at, startMs, startMs + (long)(hours * 3_600_000), status);

    public static Leg Hold(LatLon at, long startMs, long endMs, NavigationStatus status, double driftKnots = 0, double driftBearing = 0, long? driftOriginMs = null) =>
        new(false, at, at, startMs, endMs, 0, status, driftKnots, driftBearing, driftOriginMs ?? startMs);

    /// <summary>True position and speed over ground at <paramref name="tMs"/> (clamped to the leg).</summary>
    public (LatLon Position, double Sog, double Cog) At(long tMs)
    {
        long t = Math.Clamp(tMs, StartMs, EndMs);
        if (IsMove)
        {
            double f = EndMs == StartMs ? 1 : (t - StartMs) / (double)(EndMs - StartMs);
            return (From.Lerp(To, f), SpeedKnots, From.BearingTo(To));
        }
        if (DriftKnots <= 0) return (From, 0, 0);
        double metres = DriftKnots * MetresPerSecondPerKnot * (t - DriftOriginMs) / 1000.0;
        return (From.Offset(DriftBearing, metres), DriftKnots, DriftBearing);
    }
}
