using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Vessels;

namespace Picket.Core.Tracks;

/// <summary>
/// Builds the <c>position_jump</c> and <c>identity_clash</c> events from segment state. Evidence keys:
/// position_jump — depart/first/last/return {time, position}, fixes, segments, jump_distance_km, duration_s,
/// implied_speed_out_kn, implied_speed_back_kn, max_speed_kn, plausible_time_shift;
/// identity_clash — position_a (track) and position_b (the other place) with their times, last_a, last_b,
/// distance_km and implied_speed_kn between a and b, duration_s, interleaves (alternations, or recurring
/// excursions for a sparse second transmitter), fixes_b, max_speed_kn, segment_a, segment_b.
/// </summary>
internal static class TrackEvents
{
    /// <summary>How far in time a mis-stamped report plausibly is (satellite AIS latency reaches an hour or two).</summary>
    private const double TimeShiftHours = 2;

    public static PicketEvent Jump(Mmsi mmsi, EventVessel vessel, ReadOnlySpan<OpenSegment> excursion, double maxKnots)
    {
        var first = excursion[0];
        var last = excursion[0];
        var fixes = 0;
        foreach (ref readonly var s in excursion)
        {
            if (s.FirstTicks < first.FirstTicks)
                first = s;
            if (s.LastTicks > last.LastTicks)
                last = s;
            fixes += s.Count;
        }
        var outKm = GreatCircle.DistanceMetres(first.DepartLat, first.DepartLon, first.FirstLat, first.FirstLon) / 1000;
        var backKm = GreatCircle.DistanceMetres(last.LastLat, last.LastLon, last.ReturnLat, last.ReturnLon) / 1000;
        var outSpeed = Implied(outKm, first.FirstTicks - first.DepartTicks);
        var backSpeed = Implied(backKm, last.ReturnTicks - last.LastTicks);
        var start = Time(first.FirstTicks);
        var segments = new List<string>(excursion.Length);
        foreach (ref readonly var s in excursion)
            segments.Add(s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Both legs impossible is the signature of a displaced transmitter; one leg only may be a real gap. A short
        // jump the vessel could have sailed within a couple of hours is more often a report stamped with the wrong
        // time (receiver clock, satellite latency) than spoofing: kept as evidence, with low confidence.
        var timeShiftReachKm = maxKnots * TimeShiftHours * Geo.Distance.MetresPerNauticalMile / 1000;
        var plausibleTimeShift = outKm <= timeShiftReachKm && backKm <= timeShiftReachKm;
        var evidence = new PositionJumpEvidence(
            Depart: Fix(first.DepartTicks, first.DepartLat, first.DepartLon),
            First: Fix(first.FirstTicks, first.FirstLat, first.FirstLon),
            Last: Fix(last.LastTicks, last.LastLat, last.LastLon),
            Return: Fix(last.ReturnTicks, last.ReturnLat, last.ReturnLon),
            Fixes: fixes,
            Segments: segments,
            JumpDistanceKm: outKm,
            ReturnDistanceKm: backKm,
            DurationS: (last.LastTicks - first.FirstTicks) / (double)TimeSpan.TicksPerSecond,
            ImpliedSpeedOutKn: outSpeed,
            ImpliedSpeedBackKn: backSpeed,
            MaxSpeedKn: maxKnots,
            PlausibleTimeShift: plausibleTimeShift);
        var confidence = plausibleTimeShift ? 0.3 : outSpeed > maxKnots && backSpeed > maxKnots ? 0.9 : 0.6;
        return new PicketEvent(EventIds.For(EventType.PositionJump, mmsi, start, first.Id), EventType.PositionJump,
            start, Time(last.LastTicks), GeoPoint.Trusted(first.FirstLat, first.FirstLon), [vessel], confidence, evidence);
    }

    /// <summary>The <c>identity_clash</c> event for segment <paramref name="b"/>, a second position stream on <paramref name="mmsi"/>.</summary>
    /// <param name="mmsi">The MMSI heard at two places.</param>
    /// <param name="vessel">The MMSI's identity as events show it.</param>
    /// <param name="b">The second position stream's segment.</param>
    /// <param name="overlapEndTicks">UTC ticks when the two streams were last heard together, the event's end.</param>
    /// <param name="maxKnots">The fastest plausible speed in knots, written into the evidence.</param>
    /// <param name="sinceTicks">When the second position was first seen, if before <paramref name="b"/>'s first fix (recurring excursions).</param>
    public static PicketEvent Clash(Mmsi mmsi, EventVessel vessel, in OpenSegment b, long overlapEndTicks, double maxKnots, long? sinceTicks = null)
    {
        var km = GreatCircle.DistanceMetres(b.DepartLat, b.DepartLon, b.FirstLat, b.FirstLon) / 1000;
        var speed = Implied(km, b.FirstTicks - b.DepartTicks);
        var startTicks = Math.Min(sinceTicks ?? b.FirstTicks, b.FirstTicks);
        var start = Time(startTicks);
        var duration = (overlapEndTicks - startTicks) / (double)TimeSpan.TicksPerSecond;
        var evidence = new IdentityClashEvidence(
            PositionA: Fix(b.DepartTicks, b.DepartLat, b.DepartLon),
            PositionB: Fix(b.FirstTicks, b.FirstLat, b.FirstLon),
            LastA: Fix(b.OtherTicks, b.OtherLat, b.OtherLon),
            LastB: Fix(b.LastTicks, b.LastLat, b.LastLon),
            DistanceKm: km,
            ImpliedSpeedKn: speed,
            DurationS: duration,
            Interleaves: b.Interleaves,
            FixesB: b.Count,
            MaxSpeedKn: maxKnots,
            SegmentA: b.ParentId,
            SegmentB: b.Id);
        var confidence = b.Interleaves >= 10 && duration >= 3600 ? 0.95 : 0.75;
        return new PicketEvent(EventIds.For(EventType.IdentityClash, mmsi, start, b.Id), EventType.IdentityClash,
            start, Time(overlapEndTicks), GeoPoint.Trusted(b.FirstLat, b.FirstLon), [vessel], confidence, evidence);
    }

    private static EvidenceFix Fix(long ticks, double lat, double lon) => new(Time(ticks), GeoPoint.Trusted(lat, lon));

    private static DateTimeOffset Time(long ticks) => new(ticks, TimeSpan.Zero);

    private static double Implied(double km, long ticks)
    {
        var hours = ticks / (double)TimeSpan.TicksPerHour;
        return hours <= 0 ? (km > 0 ? double.PositiveInfinity : 0) : km * 1000 / Geo.Distance.MetresPerNauticalMile / hours;
    }
}
