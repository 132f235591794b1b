using Picket.Core.Vessels;

namespace Picket.Core.Tracks;

public sealed partial class TrackBuilder
{
    private const string StateMagic = "picket.tracks";
    private const int StateVersion = 1;

    private static int[] StateLayout => [System.Runtime.CompilerServices.Unsafe.SizeOf<OpenSegment>(), System.Runtime.CompilerServices.Unsafe.SizeOf<PendingFix>()];

    /// <summary>
    /// Writes the builder's state — fixes in the reorder window, open segments, excursions, its clock — so that a new
    /// builder with the same options, given it by <see cref="RestoreState"/>, goes on exactly where this one stopped
    /// (same segments, ids and events). The counters in <see cref="Stats"/> are not part of it.
    /// </summary>
    public void SaveState(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new StateWriter(stream);
        w.Header(StateMagic, StateVersion, StateLayout);
        w.Write(_maxSeenTicks);
        w.Write(_releasedTicks);
        w.Write(_nextSweepTicks);
        w.Write(_sinkClockTicks);
        var pending = _pending.Snapshot();
        w.Write(pending.Count);
        foreach (var (ticks, fix) in pending)
        {
            w.Write(ticks);
            w.Struct(fix);
        }
        var mmsis = _vessels.Keys.ToList();
        mmsis.Sort((a, b) => a.Value.CompareTo(b.Value));
        w.Write(mmsis.Count);
        foreach (var mmsi in mmsis)
        {
            var v = _vessels[mmsi];
            w.Write((long)mmsi.Value);
            w.Write(v.LastTicks);
            w.Write(v.Count);
            for (var i = 0; i < v.Count; i++)
                w.Struct(v.Segments[i]);
            w.Write(v.Excursion is not null);
            if (v.Excursion is { } x)
            {
                w.Write(x.FirstTicks);
                w.Write(x.FirstLat);
                w.Write(x.FirstLon);
                w.Write(x.LastTicks);
                w.Write(x.LastLat);
                w.Write(x.LastLon);
                w.Write(x.Excursions);
                w.Write(x.Fixes);
                w.Write(x.Reported);
            }
        }
    }

    /// <summary>Takes the state <see cref="SaveState"/> wrote; call on a new builder before any fix. A snapshot of another build is refused (<see cref="InvalidDataException"/>).</summary>
    public void RestoreState(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (_vessels.Count > 0 || _pending.Count > 0)
            throw new InvalidOperationException("restore into a new builder, before any fix");
        using var r = new StateReader(stream);
        r.Header(StateMagic, StateVersion, StateLayout);
        try
        {
            _maxSeenTicks = r.Long();
            _releasedTicks = r.Long();
            _nextSweepTicks = r.Long();
            _sinkClockTicks = r.Long();
            for (var n = r.Count(); n > 0; n--)
            {
                var ticks = r.Long();
                _pending.Add(r.Struct<PendingFix>(), ticks);
            }
            for (var n = r.Count(); n > 0; n--)
            {
                var v = new VesselTrackState(new Mmsi((uint)r.Long())) { LastTicks = r.Long() };
                for (var k = r.Count(1 << 16); k > 0; k--)
                    v.Add() = r.Struct<OpenSegment>();
                if (r.Bool())
                    v.Excursion = new RecurringExcursion
                    {
                        FirstTicks = r.Long(), FirstLat = r.Double(), FirstLon = r.Double(),
                        LastTicks = r.Long(), LastLat = r.Double(), LastLon = r.Double(),
                        Excursions = r.Int(), Fixes = r.Int(), Reported = r.Bool(),
                    };
                _vessels[v.Mmsi] = v;
            }
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("track builder snapshot is cut short", e);
        }
        Stats.ActiveVessels = _vessels.Count;
    }
}
