using Picket.Core.Events;
using Picket.Core.Vessels;

namespace Picket.Core.Tracks;

/// <summary>
/// The streaming segmenter. Fixes go in roughly in time order (disorder up to <see cref="TrackBuilderOptions.ReorderWindow"/>
/// is repaired by a bucketed <see cref="ReorderBuffer"/>); each fix joins the open segment of its MMSI it fits best, or opens a
/// new one, so two transmitters on one MMSI, a spoofed burst or a stray fix end up in their own segments instead of
/// bending the track (after Global Fishing Watch gpsdio-segment). Placed fixes stream to an <see cref="ITrackSink"/>;
/// position jumps and identity clashes stream to an <see cref="IEventSink"/>. Memory is a few hundred bytes per
/// active MMSI; an MMSI silent for longer than <see cref="TrackBuilderOptions.MaxGap"/> is closed and forgotten.
/// Not thread-safe: one builder per partition.
/// </summary>
public sealed partial class TrackBuilder
{
    private readonly TrackBuilderOptions _o;
    private readonly ITrackSink _sink;
    private readonly IEventSink _events;
    private readonly Func<Mmsi, EventVessel> _resolveVessel;
    private readonly ReorderBuffer _pending;
    private readonly Dictionary<Mmsi, VesselTrackState> _vessels = [];
    private readonly List<Mmsi> _sweepScratch = [];
    private readonly long _maxGapTicks, _windowTicks, _settleTicks, _jumpMaxTicks, _clashMinTicks, _sweepTicks;
    private readonly double _bufferHours;
    private long _maxSeenTicks = long.MinValue;
    private long _releasedTicks = long.MinValue;
    private long _nextSweepTicks = long.MinValue;
    private long _sinkClockTicks = long.MinValue;

    /// <summary>A builder writing placed fixes and closed segments to <paramref name="sink"/> and jump and clash events to <paramref name="events"/>.</summary>
    /// <param name="options">Hygiene, gap, reorder and excursion settings; null for the defaults.</param>
    /// <param name="sink">Receives each placed fix and each closed segment.</param>
    /// <param name="events">Receives <c>position_jump</c> and <c>identity_clash</c> events.</param>
    /// <param name="resolveVessel">Fills IMO and name for event vessels (e.g. from an identity tracker); MMSI only when null.</param>
    public TrackBuilder(TrackBuilderOptions? options, ITrackSink sink, IEventSink events, Func<Mmsi, EventVessel>? resolveVessel = null)
    {
        _o = options ?? new TrackBuilderOptions();
        _o.Validate();
        _sink = sink ?? throw new ArgumentNullException(nameof(sink));
        _events = events ?? throw new ArgumentNullException(nameof(events));
        _resolveVessel = resolveVessel ?? (m => new EventVessel(m));
        _maxGapTicks = _o.MaxGap.Ticks;
        _windowTicks = _o.ReorderWindow.Ticks;
        _settleTicks = _o.JumpSettle.Ticks;
        _jumpMaxTicks = _o.JumpMaxDuration.Ticks;
        _clashMinTicks = _o.ClashMinDuration.Ticks;
        _sweepTicks = _o.SweepInterval.Ticks;
        _bufferHours = _o.TimeBuffer.TotalHours;
        _pending = new ReorderBuffer(_o.ReorderWindow);
    }

    /// <summary>The settings in use (the defaults when none were given).</summary>
    public TrackBuilderOptions Options => _o;

    /// <summary>What the builder did with its input, refusals by reason included.</summary>
    public TrackBuilderStats Stats { get; } = new();

    /// <summary>MMSIs with at least one open segment.</summary>
    public int ActiveVessels => _vessels.Count;

    /// <summary>Offers a fix. Returns false (and counts why) when hygiene or the reorder window refuse it.</summary>
    public bool Add(in VesselFix fix)
    {
        Stats.Received++;
        var rejection = FixHygiene.Check(fix);
        var ticks = fix.Time.UtcTicks;
        if (rejection == FixRejection.None && ticks < _releasedTicks)
            rejection = FixRejection.TooLate;
        if (rejection != FixRejection.None)
        {
            Stats.Reject(rejection);
            return false;
        }
        _pending.Add(new PendingFix(fix), ticks);
        if (_pending.Count > Stats.PeakReorderQueue)
            Stats.PeakReorderQueue = _pending.Count;
        if (ticks > _maxSeenTicks)
        {
            _maxSeenTicks = ticks;
            Release(ticks - _windowTicks);
            MaybeSweep(ticks - _windowTicks);
        }
        return true;
    }

    /// <summary>Tells the builder the stream has reached <paramref name="now"/> (the feed's time, e.g. the newest message heard on a live feed): releases fixes older than the reorder window, sweeps idle vessels and passes the clock, one reorder window behind, on to the sink (<see cref="ITrackSink.AdvanceTo"/>).</summary>
    public void AdvanceTo(DateTimeOffset now)
    {
        var ticks = now.UtcTicks;
        if (ticks > _maxSeenTicks)
            _maxSeenTicks = ticks;
        var released = ticks - _windowTicks;
        Release(released);
        MaybeSweep(released);
        // Fixes newer than the reorder window may still be overtaken, so the sink's clock is the window behind.
        if (released > _sinkClockTicks)
        {
            _sinkClockTicks = released;
            _sink.AdvanceTo(new DateTimeOffset(released, TimeSpan.Zero));
        }
    }

    /// <summary>Places every fix still in the reorder window (the first half of <see cref="Flush"/>).</summary>
    internal void ReleasePending() => Release(long.MaxValue);

    /// <summary>End of input: places every pending fix and closes every open segment (emitting their events).</summary>
    public void Flush()
    {
        Release(long.MaxValue);
        var keys = _vessels.Keys.ToList();
        keys.Sort((a, b) => a.Value.CompareTo(b.Value));
        foreach (var key in keys)
        {
            var v = _vessels[key];
            while (v.Count > 0)
                Close(v, v.Count - 1);
            _vessels.Remove(key);
        }
        Stats.ActiveVessels = 0;
    }

    private void Release(long limit)
    {
        while (_pending.TryDequeue(limit, out var ticks, out var pending))
        {
            var fix = pending.ToFix(ticks);
            _releasedTicks = ticks;
            Place(fix, ticks);
            MaybeSweep(_releasedTicks);
        }
    }

    /// <summary>Sweeps once per <see cref="TrackBuilderOptions.SweepInterval"/> of stream time, so the cost is O(vessels) per interval, not per fix.</summary>
    private void MaybeSweep(long nowTicks)
    {
        if (nowTicks < _nextSweepTicks)
            return;
        Sweep(nowTicks);
        _nextSweepTicks = nowTicks + _sweepTicks;
    }

    /// <summary>Closes the segments of every MMSI silent for longer than the maximum gap and forgets it.</summary>
    private void Sweep(long nowTicks)
    {
        _sweepScratch.Clear();
        foreach (var (mmsi, v) in _vessels)
        {
            if (nowTicks - v.LastTicks > _maxGapTicks)
                _sweepScratch.Add(mmsi);
        }
        ForgetSwept();
        Stats.ActiveVessels = _vessels.Count;
    }

    /// <summary>Closes every open segment of the vessels in the sweep list and forgets them.</summary>
    private void ForgetSwept()
    {
        foreach (var mmsi in _sweepScratch)
        {
            var v = _vessels[mmsi];
            while (v.Count > 0)
                Close(v, v.Count - 1);
            _vessels.Remove(mmsi);
            Stats.VesselsEvicted++;
        }
    }

    /// <summary>
    /// At the cap: closes and forgets the longest-silent tenth of the vessels (at least one), so the cost of finding
    /// them (a sort of the silence times) is paid once per tenth of the cap new MMSIs, not per fix.
    /// </summary>
    private void EvictLongestSilent()
    {
        int count = Math.Max(1, _vessels.Count / 10);
        var lastHeard = new long[_vessels.Count];
        int n = 0;
        foreach (var v in _vessels.Values) lastHeard[n++] = v.LastTicks;
        Array.Sort(lastHeard);
        long cutoff = lastHeard[count - 1];
        _sweepScratch.Clear();
        foreach (var (mmsi, v) in _vessels)
        {
            if (v.LastTicks <= cutoff && _sweepScratch.Count < count)
                _sweepScratch.Add(mmsi);
        }
        ForgetSwept();
        Stats.VesselsEvictedForCapacity += _sweepScratch.Count;
        Stats.ActiveVessels = _vessels.Count;
    }
}
