using Picket.Core.Geo;
using Picket.Core.Tracks;

namespace Picket.Core.Detection;

/// <summary>
/// Resamples every segment onto a fixed UTC grid as its fixes stream in (GFW encounters_pipeline resample step):
/// between two consecutive fixes of a segment closer than the interpolation limit, each grid instant gets a
/// linearly interpolated position and speed; across longer holes no points are made, so nothing downstream can be
/// built from guesses. A grid point is emitted when the fix after it arrives. Keeps one fix per open segment, in the
/// segment's <see cref="SegmentRecord"/>.
/// </summary>
internal sealed class TrackResampler(long intervalTicks, long maxGapTicks)
{
    /// <summary>
    /// Per segment: what interpolation needs of the previous fix (40 bytes where a whole <see cref="VesselFix"/> is 88:
    /// it is read on every fix, and at thousands of segments every cache line of it costs a miss).
    /// </summary>
    internal struct SegmentState
    {
        public long Ticks;
        public double Lat, Lon, Sog;
        public bool HasSog, HasLast;

        public void Set(in VesselFix fix, long ticks)
        {
            (Ticks, Lat, Lon) = (ticks, fix.Lat, fix.Lon);
            HasSog = fix.Sog is not null;
            Sog = fix.Sog ?? 0;
            HasLast = true;
        }
    }

    /// <summary>Adds a fix of the segment whose state is <paramref name="state"/>; writes the grid points it completes to <paramref name="output"/>.</summary>
    public void Add(in SegmentFix sf, ref SegmentState state, List<GridPoint> output)
    {
        var fix = sf.Fix;
        var t = fix.Time.UtcTicks;
        if (!state.HasLast)
        {
            if (t % intervalTicks == 0)
                output.Add(new GridPoint(sf.SegmentId, fix.Mmsi, t, fix.Lat, fix.Lon, fix.Sog ?? 0, 1));
            state.Set(fix, t);
            return;
        }
        var prev = state;
        var t0 = prev.Ticks;
        if (t <= t0)
            return; // same-instant duplicate: the earlier fix already stands for that moment.
        state.Set(fix, t);
        var dt = t - t0;
        var first = (t0 / intervalTicks + 1) * intervalTicks;
        if (dt >= maxGapTicks)
        {
            if (t % intervalTicks == 0)
                output.Add(new GridPoint(sf.SegmentId, fix.Mmsi, t, fix.Lat, fix.Lon, fix.Sog ?? 0, 1));
            return;
        }
        var density = Math.Min(1.0, (double)intervalTicks / dt);
        // Reported SOG when both fixes have it; otherwise the speed the two positions imply.
        double v0, v1;
        if (prev.HasSog && fix.Sog is { } s1)
            (v0, v1) = (prev.Sog, s1);
        else
        {
            var implied = GreatCircle.DistanceMetres(prev.Lat, prev.Lon, fix.Lat, fix.Lon) / Distance.MetresPerNauticalMile
                / ((double)dt / TimeSpan.TicksPerHour);
            v0 = v1 = implied;
        }
        for (var g = first; g <= t; g += intervalTicks)
        {
            var f = (double)(g - t0) / dt;
            output.Add(new GridPoint(sf.SegmentId, fix.Mmsi, g,
                prev.Lat + (fix.Lat - prev.Lat) * f,
                prev.Lon + (fix.Lon - prev.Lon) * f,
                v0 + (v1 - v0) * f,
                density));
        }
    }
}
