using Picket.Core.Events;
using Picket.Core.Vessels;

namespace Picket.Core.Tracks;

/// <summary>
/// Judging segments that split off a parent: a run that left and came back without the parent reporting in between
/// is a position jump; a run that alternated with the parent over time is an identity clash.
/// </summary>
public sealed partial class TrackBuilder
{
    /// <summary>Records the parent's return on its children, and settles children that stayed away as one jump.</summary>
    private void UpdateChildren(VesselTrackState v, long parentId, in VesselFix fix, long ticks)
    {
        var settled = 0;
        for (var i = 0; i < v.Count; i++)
        {
            ref var c = ref v.Segments[i];
            if (c.ParentId != parentId)
                continue;
            if (!c.HasReturn)
            {
                c.ReturnTicks = ticks;
                c.ReturnLat = fix.Lat;
                c.ReturnLon = fix.Lon;
            }
            if (IsJump(c) && ticks - c.LastTicks >= _settleTicks)
                settled++;
        }
        if (settled > 0)
            SettleJumps(v, parentId, ticks);
    }

    private bool IsJump(in OpenSegment c) =>
        c.ParentId != 0 && c.HasReturn && c.Interleaves == 0 && c.LastTicks - c.FirstTicks <= _jumpMaxTicks;

    /// <summary>Closes settled jump children of one parent; children that share a return fix were one excursion and make one event.</summary>
    private void SettleJumps(VesselTrackState v, long parentId, long ticks)
    {
        Span<OpenSegment> group = stackalloc OpenSegment[_o.MaxOpenSegmentsPerVessel];
        while (true)
        {
            var n = 0;
            long returnTicks = 0;
            for (var i = 0; i < v.Count; i++)
            {
                ref readonly var c = ref v.Segments[i];
                if (c.ParentId != parentId || !IsJump(c) || ticks - c.LastTicks < _settleTicks)
                    continue;
                if (n == 0)
                    returnTicks = c.ReturnTicks;
                if (c.ReturnTicks == returnTicks)
                    group[n++] = c;
            }
            if (n == 0)
                return;
            var role = JudgeExcursion(v, group[..n]);
            for (var k = 0; k < n; k++)
                Remove(v, v.IndexOf(group[k].Id), role);
        }
    }

    /// <summary>Closes segment <paramref name="index"/>, emitting the event its history shows (if any).</summary>
    private void Close(VesselTrackState v, int index)
    {
        ref readonly var s = ref v.Segments[index];
        var role = SegmentRole.Track;
        if (s.ParentId != 0 && s.Interleaves >= _o.ClashMinInterleaves && s.OverlapEndTicks - s.FirstTicks >= _clashMinTicks)
        {
            role = SegmentRole.Clash;
            _events.Emit(TrackEvents.Clash(v.Mmsi, _resolveVessel(v.Mmsi), s, s.OverlapEndTicks, _o.MaxSpeedKnots));
        }
        else if (IsJump(s))
        {
            role = JudgeExcursion(v, new ReadOnlySpan<OpenSegment>(in s));
        }
        Remove(v, index, role);
    }

    /// <summary>
    /// Emits the event for a settled excursion: a position jump, unless it connects (within the speed limit) to the
    /// MMSI's previous excursion — then the far place keeps coming back and it is a second transmitter, reported once
    /// as an identity clash spanning all the recurrences.
    /// </summary>
    private SegmentRole JudgeExcursion(VesselTrackState v, ReadOnlySpan<OpenSegment> group)
    {
        ref readonly var first = ref group[0];
        ref readonly var last = ref group[0];
        var fixes = 0;
        foreach (ref readonly var s in group)
        {
            if (s.FirstTicks < first.FirstTicks)
                first = ref s;
            if (s.LastTicks > last.LastTicks)
                last = ref s;
            fixes += s.Count;
        }
        var prior = v.Excursion;
        if (prior is not null && first.FirstTicks - prior.LastTicks <= _maxGapTicks && Connects(prior, first))
        {
            prior.Excursions++;
            prior.Fixes += fixes;
            prior.LastTicks = last.LastTicks;
            prior.LastLat = last.LastLat;
            prior.LastLon = last.LastLon;
            if (!prior.Reported)
            {
                prior.Reported = true;
                // Positions a and b from this excursion (its departure is simultaneous with it); the span from the first.
                var b = first;
                (b.LastTicks, b.LastLat, b.LastLon) = (last.LastTicks, last.LastLat, last.LastLon);
                (b.OtherTicks, b.OtherLat, b.OtherLon) = (last.ReturnTicks, last.ReturnLat, last.ReturnLon);
                b.Interleaves = prior.Excursions;
                b.Count = prior.Fixes;
                _events.Emit(TrackEvents.Clash(v.Mmsi, _resolveVessel(v.Mmsi), b, last.LastTicks, _o.MaxSpeedKnots, prior.FirstTicks));
            }
            return SegmentRole.Clash;
        }
        _events.Emit(TrackEvents.Jump(v.Mmsi, _resolveVessel(v.Mmsi), group, _o.MaxSpeedKnots));
        v.Excursion = new RecurringExcursion
        {
            FirstTicks = first.FirstTicks, FirstLat = first.FirstLat, FirstLon = first.FirstLon,
            LastTicks = last.LastTicks, LastLat = last.LastLat, LastLon = last.LastLon,
            Excursions = 1, Fixes = fixes,
        };
        return SegmentRole.Jump;
    }

    private bool Connects(RecurringExcursion prior, in OpenSegment next)
    {
        var hours = (next.FirstTicks - prior.LastTicks) / (double)TimeSpan.TicksPerHour;
        var allowedNm = _o.MaxSpeedKnots * Math.Sqrt(hours * hours + _bufferHours * _bufferHours);
        var nm = Geo.GreatCircle.DistanceMetres(prior.LastLat, prior.LastLon, next.FirstLat, next.FirstLon) / Geo.Distance.MetresPerNauticalMile;
        // It must also be away from the track: an excursion that lands back near where the track is now is not "the same far place".
        var fromTrackNm = Geo.GreatCircle.DistanceMetres(next.DepartLat, next.DepartLon, next.FirstLat, next.FirstLon) / Geo.Distance.MetresPerNauticalMile;
        return nm <= allowedNm && fromTrackNm > allowedNm;
    }

    private void Remove(VesselTrackState v, int index, SegmentRole role)
    {
        ref readonly var s = ref v.Segments[index];
        _sink.OnSegmentClosed(new TrackSegment(s.Id, v.Mmsi, new DateTimeOffset(s.FirstTicks, TimeSpan.Zero), new DateTimeOffset(s.LastTicks, TimeSpan.Zero),
            Geo.GeoPoint.Trusted(s.FirstLat, s.FirstLon), Geo.GeoPoint.Trusted(s.LastLat, s.LastLon), s.Count, role, s.ParentId));
        v.RemoveAt(index);
        Stats.SegmentsClosed++;
    }
}
