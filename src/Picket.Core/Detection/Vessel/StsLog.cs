using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>An encounter or loitering that one hull took part in, as the draught detector needs it to explain a change.</summary>
/// <param name="EventId">The id of the encounter or loitering event.</param>
/// <param name="Kind"><c>encounter</c>, <c>loitering</c> (this hull lingered), or <c>dark_partner</c> (this MMSI went dark
/// near another vessel's loitering and is its possible partner).</param>
/// <param name="SegmentId">The hull's segment that took part; <see cref="AnySegment"/> for a dark partner (it sent nothing).</param>
/// <param name="StartTicks">UTC ticks of the event's start.</param>
/// <param name="EndTicks">UTC ticks of the event's end.</param>
/// <param name="DarkPartner">For a loitering: a partner that went dark nearby was found (a dark STS).</param>
internal readonly record struct StsSighting(string EventId, string Kind, long SegmentId, long StartTicks, long EndTicks, bool DarkPartner = false)
{
    public const long AnySegment = -1;
}

/// <summary>
/// The recent ship-to-ship evidence of each MMSI (encounters and loitering, with the segment that took part), written by
/// the area half as it emits and read by <see cref="DraughtChangeDetector"/>: a draught change of a hull preceded by a
/// meeting of that hull is cargo moved in that meeting. Each record carries the area clock it was emitted at, and a
/// change judged at time T reads only those emitted before T: in one process that is all it can have received, and a
/// partitioned run that hands the sightings over in bulk gets the same answer. Records older than <see cref="Keep"/>
/// behind the stream are dropped hourly, so memory follows recent events, not the input.
/// </summary>
internal sealed partial class StsLog(TimeSpan keep)
{
    private readonly Dictionary<Mmsi, List<(StsSighting Sighting, long EmittedTicks)>> _byMmsi = [];
    private long _nextPruneTicks = long.MinValue;

    public TimeSpan Keep { get; } = keep;

    public int Count => _byMmsi.Count;

    public void Add(Mmsi mmsi, in StsSighting sighting, long emittedTicks)
    {
        if (!_byMmsi.TryGetValue(mmsi, out var list))
            _byMmsi[mmsi] = list = [];
        list.Add((sighting, emittedTicks));
    }

    public IReadOnlyList<(StsSighting Sighting, long EmittedTicks)> Of(Mmsi mmsi) => _byMmsi.TryGetValue(mmsi, out var list) ? list : [];

    public void Prune(long nowTicks)
    {
        if (nowTicks < _nextPruneTicks)
            return;
        _nextPruneTicks = nowTicks + TimeSpan.TicksPerHour;
        var limit = nowTicks - Keep.Ticks;
        List<Mmsi>? empty = null;
        foreach (var (mmsi, list) in _byMmsi)
        {
            list.RemoveAll(s => s.Sighting.EndTicks < limit);
            if (list.Count == 0)
                (empty ??= []).Add(mmsi);
        }
        if (empty is not null)
            foreach (var m in empty)
                _byMmsi.Remove(m);
    }
}
