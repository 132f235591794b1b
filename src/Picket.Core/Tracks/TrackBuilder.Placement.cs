using Picket.Core.Events;
using Picket.Core.Vessels;

namespace Picket.Core.Tracks;

/// <summary>Placing a fix: close stale segments, score the open ones, extend the best or open a new one.</summary>
public sealed partial class TrackBuilder
{
    private void Place(in VesselFix fix, long ticks)
    {
        Stats.Accepted++;
        if (!_vessels.TryGetValue(fix.Mmsi, out var v))
        {
            if (_vessels.Count >= _o.MaxVessels)
                EvictLongestSilent();
            _vessels[fix.Mmsi] = v = new VesselTrackState(fix.Mmsi);
            Stats.ActiveVessels = _vessels.Count;
            if (_vessels.Count > Stats.PeakActiveVessels)
                Stats.PeakActiveVessels = _vessels.Count;
        }
        for (var i = v.Count - 1; i >= 0; i--)
        {
            if (ticks - v.Segments[i].LastTicks > _maxGapTicks)
                Close(v, i);
        }

        var best = -1;
        var second = -1;
        var bestScore = 0.0;
        var secondScore = 0.0;
        // One open segment (the usual case): only whether the fix fits matters, and a cheap bound nearly always tells.
        var scored = v.Count;
        if (scored == 1 && SegmentMatcher.SurelyFits(v.Segments[0], fix, ticks, _o.MaxSpeedKnots, _bufferHours))
            (best, scored) = (0, 0);
        for (var i = 0; i < scored; i++)
        {
            var score = SegmentMatcher.Score(v.Segments[i], fix, ticks, _o.MaxSpeedKnots, _bufferHours, _o.ShortSegmentFixes);
            if (score > bestScore)
            {
                secondScore = bestScore;
                second = best;
                bestScore = score;
                best = i;
            }
            else if (score > secondScore)
            {
                secondScore = score;
                second = i;
            }
        }
        if (second >= 0 && _o.AmbiguityFactor > 0 && secondScore * _o.AmbiguityFactor > bestScore)
        {
            if (_o.CloseAmbiguousCandidates)
            {
                var a = v.Segments[best].Id;
                var b = v.Segments[second].Id;
                Close(v, v.IndexOf(a));
                Close(v, v.IndexOf(b));
            }
            best = -1;
        }

        long segmentId = best < 0 ? Open(v, fix, ticks) : Extend(ref v.Segments[best], fix, ticks);
        v.LastTicks = ticks;
        _sink.OnFix(new SegmentFix(segmentId, fix));
        UpdateChildren(v, segmentId, fix, ticks);
    }

    private long Open(VesselTrackState v, in VesselFix fix, long ticks)
    {
        if (v.Count == _o.MaxOpenSegmentsPerVessel)
        {
            var oldest = 0;
            for (var i = 1; i < v.Count; i++)
            {
                if (v.Segments[i].LastTicks < v.Segments[oldest].LastTicks)
                    oldest = i;
            }
            Close(v, oldest);
        }
        // The parent is the most established open segment (most fixes, then most recent): the track a jump leaves.
        var parent = -1;
        for (var i = 0; i < v.Count; i++)
        {
            ref readonly var s = ref v.Segments[i];
            if (parent < 0 || s.Count > v.Segments[parent].Count || (s.Count == v.Segments[parent].Count && s.LastTicks > v.Segments[parent].LastTicks))
                parent = i;
        }
        var parentCopy = parent >= 0 ? v.Segments[parent] : default;
        var id = SegmentIds.For(fix.Mmsi.Value, ticks, fix.Lat, fix.Lon);
        while (v.IndexOf(id) >= 0)
            id = SegmentIds.Next(id);
        ref var seg = ref v.Add();
        seg.Id = id;
        seg.FirstTicks = seg.LastTicks = ticks;
        seg.FirstLat = seg.LastLat = fix.Lat;
        seg.FirstLon = seg.LastLon = fix.Lon;
        seg.LastSog = FixHygiene.UsableSog(fix.Sog);
        seg.LastCog = FixHygiene.UsableCog(fix.Cog);
        seg.VelNorth = seg.VelEast = float.NaN;
        seg.Class = fix.Class;
        seg.Count = 1;
        if (parent >= 0)
        {
            seg.ParentId = parentCopy.Id;
            seg.DepartTicks = parentCopy.LastTicks;
            seg.DepartLat = parentCopy.LastLat;
            seg.DepartLon = parentCopy.LastLon;
        }
        Stats.SegmentsOpened++;
        return seg.Id;
    }

    private long Extend(ref OpenSegment seg, in VesselFix fix, long ticks)
    {
        SegmentMatcher.UpdateVelocity(ref seg, fix, ticks, _o.MaxSpeedKnots);
        if (seg.HasReturn)
        {
            // The parent reported since this segment's previous fix, and now this one reports again: two live positions.
            seg.Interleaves++;
            seg.OtherTicks = seg.ReturnTicks;
            seg.OtherLat = seg.ReturnLat;
            seg.OtherLon = seg.ReturnLon;
            seg.OverlapEndTicks = ticks;
            seg.ReturnTicks = 0;
        }
        seg.LastTicks = ticks;
        seg.LastLat = fix.Lat;
        seg.LastLon = fix.Lon;
        seg.LastSog = FixHygiene.UsableSog(fix.Sog);
        seg.LastCog = FixHygiene.UsableCog(fix.Cog);
        if (seg.Class == TransponderClass.Unknown)
            seg.Class = fix.Class;
        seg.Count++;
        return seg.Id;
    }
}
