using System.Runtime.InteropServices;
using Picket.Core.Geo;
using Picket.Core.Tracks;

namespace Picket.Core.Detection;

/// <summary>
/// Resamples every segment onto a fixed UTC grid as its fixes stream in (GFW encounters_pipeline resample step):
/// between two consecutive fixes of a segment closer than the interpolation limit, each grid instant gets a
/// linearly interpolated position and speed; across longer holes no points are made, so nothing downstream can be
/// built from guesses. A grid point is emitted when the fix after it arrives. Keeps one fix per open segment.
/// </summary>
internal sealed class TrackResampler(long intervalTicks, long maxGapTicks)
{
    private readonly Dictionary<long, VesselFix> _last = [];

    public int OpenSegments => _last.Count;

    /// <summary>Adds a fix; writes the grid points it completes to <paramref name="output"/>.</summary>
    public void Add(in SegmentFix sf, List<GridPoint> output)
    {
        var fix = sf.Fix;
        var t = fix.Time.UtcTicks;
        // One hash probe per fix: the slot is read and overwritten in place.
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_last, sf.SegmentId, out var exists);
        if (!exists)
        {
            if (t % intervalTicks == 0)
                output.Add(new GridPoint(sf.SegmentId, fix.Mmsi, t, fix.Lat, fix.Lon, fix.Sog ?? 0, 1));
            slot = fix;
            return;
        }
        var prev = slot;
        var t0 = prev.Time.UtcTicks;
        if (t <= t0)
            return; // same-instant duplicate: the earlier fix already stands for that moment.
        slot = fix;
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
        if (prev.Sog is { } s0 && fix.Sog is { } s1)
            (v0, v1) = (s0, s1);
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

    public void Close(long segmentId) => _last.Remove(segmentId);
}
