using Picket.Core.Geo;

namespace Picket.Core.Tracks;

/// <summary>
/// Decides whether a fix fits an open segment and how well, after GFW gpsdio-segment (matcher.py): a fix fits when
/// the speed it implies from the segment's last fix, over the elapsed time padded by the time buffer, is within the
/// limit; among fitting segments the score prefers a small discrepancy from the dead-reckoned position, a recent
/// last fix, an established segment and the same transponder class.
/// </summary>
internal static class SegmentMatcher
{
    private const double TicksPerHour = TimeSpan.TicksPerHour;

    /// <summary>GFW very_slow: below this the reported course is noise and the vessel is treated as stationary.</summary>
    private const float VerySlowKnots = 0.35f;

    /// <summary>GFW penalty_speed: sharpness of the score's fall-off with discrepancy.</summary>
    private const double PenaltySharpness = 5.0;

    /// <summary>GFW transponder_mismatch_weight: a Class A fix joining a Class B segment (or back) is unlikely.</summary>
    private const double ClassMismatchWeight = 0.1;

    private const double MinVelocityHours = 1.0 / 60;
    private const double MaxVelocityHours = 2.0;

    /// <summary>Dead-reckons from the last fix by reported SOG/COG, else by the segment's own estimated velocity.</summary>
    private static bool TryPredict(in OpenSegment s, double dtHours, out double lat, out double lon)
    {
        if (!float.IsNaN(s.LastSog) && !float.IsNaN(s.LastCog))
        {
            if (s.LastSog <= VerySlowKnots)
            {
                (lat, lon) = (s.LastLat, s.LastLon);
                return true;
            }
            (lat, lon) = GreatCircle.DestinationDegrees(s.LastLat, s.LastLon, s.LastCog, s.LastSog * dtHours * Geo.Distance.MetresPerNauticalMile);
            return true;
        }
        if (!float.IsNaN(s.VelNorth))
        {
            // Flat-earth step: fine for the minutes-to-hours horizons where a prediction means anything.
            lat = Math.Clamp(s.LastLat + s.VelNorth * dtHours / 60.0, -90, 90);
            var cos = Math.Max(0.01, Math.Cos(s.LastLat * Math.PI / 180));
            lon = s.LastLon + s.VelEast * dtHours / (60.0 * cos);
            lon = ((lon + 540.0) % 360.0) - 180.0;
            return true;
        }
        lat = lon = 0;
        return false;
    }

    /// <summary>Updates the segment's velocity estimate from its last fix to <paramref name="fix"/> (skipping steps too short to be above GNSS noise).</summary>
    public static void UpdateVelocity(ref OpenSegment s, in VesselFix fix, long ticks, double maxKnots)
    {
        var dtHours = (ticks - s.LastTicks) / TicksPerHour;
        if (dtHours is < MinVelocityHours or > MaxVelocityHours)
            return;
        var north = (fix.Lat - s.LastLat) * 60.0;
        var dLon = fix.Lon - s.LastLon;
        if (dLon > 180) dLon -= 360;
        if (dLon < -180) dLon += 360;
        var east = dLon * 60.0 * Math.Cos(s.LastLat * Math.PI / 180);
        var vn = north / dtHours;
        var ve = east / dtHours;
        if (vn * vn + ve * ve > maxKnots * maxKnots)
            return;
        // Exponential smoothing: one noisy step moves the estimate half way.
        s.VelNorth = float.IsNaN(s.VelNorth) ? (float)vn : (float)(0.5 * s.VelNorth + 0.5 * vn);
        s.VelEast = float.IsNaN(s.VelEast) ? (float)ve : (float)(0.5 * s.VelEast + 0.5 * ve);
    }

    /// <summary>Nautical miles per degree of arc on the sphere of <see cref="GreatCircle.EarthRadiusMetres"/>.</summary>
    private const double NmPerDegree = GreatCircle.EarthRadiusMetres * Math.PI / 180.0 / Geo.Distance.MetresPerNauticalMile;

    /// <summary>
    /// Room left for rounding between the trigonometry-free bound below and the haversine of <see cref="Score"/>: both
    /// are a few ulps (about 1e-15 relative, 1e-12 nm absolute) from the exact values, a million times less than this.
    /// </summary>
    private const double BoundMargin = 1e-9;

    /// <summary>
    /// True when <see cref="Score"/> would find that the fix fits (a score above 0), decided without trigonometry; false
    /// when that cannot be told so cheaply (then call <see cref="Score"/>). With a single open segment the fit is all the
    /// builder needs to know (no second candidate, so no ambiguity test), and the haversine, the dead reckoning and the
    /// discrepancy's haversine were a fifth of the track and detection thread's time. The bound: going along the
    /// meridian from the segment's last latitude to the fix's and then along the fix's parallel is a path between the two
    /// points, so the great-circle distance is at most R·(|Δφ| + cos φ·|Δλ|) ≤ R·(|Δφ| + |Δλ|), with Δλ the shorter way
    /// round. Consecutive fixes are a few cables apart and the limit (30 kn over at least the 15-minute time buffer)
    /// several miles, so the bound nearly always settles it.
    /// </summary>
    public static bool SurelyFits(in OpenSegment s, in VesselFix fix, long ticks, double maxKnots, double bufferHours)
    {
        var maxNm = MaxNm(s, ticks, maxKnots, bufferHours);
        var dLat = Math.Abs(fix.Lat - s.LastLat);
        var dLon = Math.Abs(fix.Lon - s.LastLon);
        if (dLon > 180) dLon = 360 - dLon;
        var boundNm = (dLat + dLon) * NmPerDegree;
        // Not-a-number anywhere fails the comparison: Score decides.
        return boundNm * (1 + BoundMargin) + BoundMargin < maxNm;
    }

    /// <summary>How far the vessel may have gone since the segment's last fix: the speed limit over the elapsed time padded by the time buffer.</summary>
    private static double MaxNm(in OpenSegment s, long ticks, double maxKnots, double bufferHours)
    {
        var dtHours = Math.Max(0, (ticks - s.LastTicks) / TicksPerHour);
        var padded = Math.Sqrt(dtHours * dtHours + bufferHours * bufferHours);
        if (padded <= 0)
            padded = 1e-6;
        return maxKnots * padded;
    }

    /// <summary>Returns the score (> 0) when the fix fits, or 0 when it does not.</summary>
    public static double Score(in OpenSegment s, in VesselFix fix, long ticks, double maxKnots, double bufferHours, int shortSegmentFixes)
    {
        var dtHours = Math.Max(0, (ticks - s.LastTicks) / TicksPerHour);
        var padded = Math.Sqrt(dtHours * dtHours + bufferHours * bufferHours);
        if (padded <= 0)
            padded = 1e-6;
        var maxNm = maxKnots * padded;
        var distNm = GreatCircle.DistanceMetres(s.LastLat, s.LastLon, fix.Lat, fix.Lon) / Geo.Distance.MetresPerNauticalMile;
        if (distNm > maxNm)
            return 0;

        var discrepancy = distNm;
        if (dtHours > 0 && TryPredict(s, dtHours, out var pLat, out var pLon))
        {
            // A moving vessel is expected where its motion puts it, not where it was: a stale or stray segment
            // that happens to lie on the path ahead does not get the "stayed put" benefit (GFW matcher.py).
            discrepancy = GreatCircle.DistanceMetres(pLat, pLon, fix.Lat, fix.Lon) / Geo.Distance.MetresPerNauticalMile;
        }

        var x = PenaltySharpness * discrepancy / maxNm;
        var score = Math.Exp(-x * x) / padded;
        // GFW short-segment weight a/√(1+a²): a one-fix segment scores ~0.1 of an established one.
        var a = (double)s.Count / shortSegmentFixes;
        score *= a / Math.Sqrt(1 + a * a);
        if (s.Class != TransponderClass.Unknown && fix.Class != TransponderClass.Unknown && s.Class != fix.Class)
            score *= ClassMismatchWeight;
        return Math.Max(score, double.Epsilon);
    }
}
