using Picket.Core.Ports;
using Picket.Core.Tracks;

namespace Picket.Core.Detection;

// The vessel half's state. Hulls are shared between segment records, the per-MMSI hull lists and held changes, so
// they are written once, numbered, and referred to by number; the per-MMSI caches in segment records are not written
// (a restored record looks its MMSI up again, which is what the cache saves).

internal sealed partial class VesselDetectors
{
    public void Save(StateWriter w)
    {
        var hulls = _draught.AllHulls();
        var number = new Dictionary<DraughtHull, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < hulls.Count; i++)
            number[hulls[i]] = i;
        w.Write(hulls.Count);
        foreach (var h in hulls)
            h.Save(w, _ctx.Ports);
        var records = _segments.Values.OrderBy(s => s.SegmentId).ToList();
        w.Write(records.Count);
        foreach (var s in records)
        {
            w.Write(s.SegmentId);
            w.Write((long)s.Mmsi.Value);
            w.Write(s.HasLast);
            w.Write(s.LastTicks);
            w.Write(s.LastLat);
            w.Write(s.LastLon);
            w.Struct(s.Loitering);
            ref var p = ref s.PortCall;
            w.Port(_ctx.Ports, p.Port);
            foreach (var b in (bool[])[p.SeenOutside, p.EntryObserved, p.Stopped, p.InPortGap])
                w.Write(b);
            w.Write(p.EntryTicks);
            w.Write(p.LastInTicks);
            w.Write(p.MinKm);
            w.Write(p.Fixes);
            w.Write(s.Draught is { } hull ? number[hull] : -1);
            w.Struct(s.Area.Resampling);
        }
        _silences.Save(w);
        _draught.Save(w, number);
        _ctx.Sts.Save(w);
    }

    public void Load(StateReader r)
    {
        var hulls = new DraughtHull[r.Count()];
        for (var i = 0; i < hulls.Length; i++)
            hulls[i] = DraughtHull.Load(r, _ctx.Ports);
        for (var n = r.Count(); n > 0; n--)
        {
            var s = new SegmentRecord(r.Long(), r.Mmsi()) { HasLast = r.Bool(), LastTicks = r.Long(), LastLat = r.Double(), LastLon = r.Double() };
            s.Loitering = r.Struct<LoiteringDetector.SegmentState>();
            s.PortCall.Port = r.Port(_ctx.Ports);
            (s.PortCall.SeenOutside, s.PortCall.EntryObserved, s.PortCall.Stopped, s.PortCall.InPortGap) = (r.Bool(), r.Bool(), r.Bool(), r.Bool());
            (s.PortCall.EntryTicks, s.PortCall.LastInTicks, s.PortCall.MinKm, s.PortCall.Fixes) = (r.Long(), r.Long(), r.Double(), r.Int());
            var hull = r.Int();
            if (hull < -1 || hull >= hulls.Length)
                throw new InvalidDataException("detector snapshot refers to a hull it does not hold");
            if (hull >= 0)
            {
                s.Draught = hulls[hull];
                if (hulls[hull].RecordSegmentId == s.SegmentId)
                    hulls[hull].Record = s;
            }
            s.Area.Resampling = r.Struct<TrackResampler.SegmentState>();
            _segments[s.SegmentId] = s;
        }
        _silences.Load(r);
        _draught.Load(r, hulls);
        _ctx.Sts.Load(r);
    }
}

internal sealed partial class VesselSilences
{
    public void Save(StateWriter w)
    {
        w.Write(_nextSweepHour);
        w.Write(_vessels.Count);
        foreach (var (mmsi, s) in _vessels.OrderBy(kv => kv.Key.Value))
        {
            w.Write((long)mmsi.Value);
            w.Write(s.OpenReported);
            w.Write(s.LastTicks);
            w.Write(s.LastSegment);
            w.Write(s.LastKey);
            w.Write(s.LastLat);
            w.Write(s.LastLon);
            w.Write(s.RecentNext);
            foreach (var k in s.Recent)
                w.Write(k);
        }
    }

    public void Load(StateReader r)
    {
        _nextSweepHour = r.Long();
        for (var n = r.Count(); n > 0; n--)
        {
            var mmsi = r.Mmsi();
            var s = new VesselState
            {
                OpenReported = r.Bool(), LastTicks = r.Long(), LastSegment = r.Long(), LastKey = r.Long(),
                LastLat = r.Double(), LastLon = r.Double(), RecentNext = r.Int(),
            };
            if (s.RecentNext is < 0 or >= RecentKeys)
                throw new InvalidDataException("detector snapshot is damaged (reception key ring)");
            for (var i = 0; i < RecentKeys; i++)
                s.Recent[i] = r.Long();
            _vessels[mmsi] = s;
        }
    }
}

internal sealed partial class DraughtChangeDetector
{
    /// <summary>Every hull the detector refers to: in the per-MMSI lists, or held by a change waiting to be judged.</summary>
    public List<DraughtHull> AllHulls()
    {
        var seen = new HashSet<DraughtHull>(ReferenceEqualityComparer.Instance);
        var all = new List<DraughtHull>();
        foreach (var (_, hulls) in _hulls.OrderBy(kv => kv.Key.Value))
            foreach (var h in hulls)
                if (seen.Add(h))
                    all.Add(h);
        foreach (var h in _judge.Hulls())
            if (seen.Add(h))
                all.Add(h);
        return all;
    }

    public void Save(StateWriter w, Dictionary<DraughtHull, int> number)
    {
        w.Write(_nowTicks);
        w.Write(_nextSweepTicks);
        w.Write(_hulls.Count);
        foreach (var (mmsi, hulls) in _hulls.OrderBy(kv => kv.Key.Value))
        {
            w.Write((long)mmsi.Value);
            w.Write(hulls.Count);
            foreach (var h in hulls)
                w.Write(number[h]);
        }
        w.Write(_reports.Count);
        foreach (var (mmsi, ticks, metres) in _reports)
        {
            w.Write((long)mmsi.Value);
            w.Write(ticks);
            w.Write(metres);
        }
        _judge.Save(w, number);
    }

    public void Load(StateReader r, DraughtHull[] hulls)
    {
        _nowTicks = r.Long();
        _nextSweepTicks = r.Long();
        for (var n = r.Count(); n > 0; n--)
        {
            var mmsi = r.Mmsi();
            var list = new List<DraughtHull>();
            for (var k = r.Count(); k > 0; k--)
                list.Add(Hull(r, hulls));
            _hulls[mmsi] = list;
        }
        for (var n = r.Count(); n > 0; n--)
            _reports.Enqueue((r.Mmsi(), r.Long(), r.Double()));
        _judge.Load(r, hulls);
    }

    internal static DraughtHull Hull(StateReader r, DraughtHull[] hulls)
    {
        var i = r.Int();
        return i >= 0 && i < hulls.Length ? hulls[i] : throw new InvalidDataException("detector snapshot refers to a hull it does not hold");
    }
}

internal sealed partial class DraughtChangeJudge
{
    public IEnumerable<DraughtHull> Hulls() => _held.Select(c => c.Hull);

    public void Save(StateWriter w, Dictionary<DraughtHull, int> number)
    {
        w.Write(_held.Count);
        foreach (var c in _held)
        {
            w.Write(number[c.Hull]);
            foreach (var d in (double[])[c.Before, c.After])
                w.Write(d);
            foreach (var t in (long[])[c.SinceTicks, c.LastReportTicks, c.Ticks, c.LastInPortTicks])
                w.Write(t);
            w.Point(c.PositionBefore);
            w.Point(c.PositionAfter);
            w.Port(ctx.Ports, c.LastPort);
        }
    }

    public void Load(StateReader r, DraughtHull[] hulls)
    {
        for (var n = r.Count(); n > 0; n--)
        {
            var hull = DraughtChangeDetector.Hull(r, hulls);
            var (before, after) = (r.Double(), r.Double());
            var (since, lastReport, ticks, lastInPort) = (r.Long(), r.Long(), r.Long(), r.Long());
            _held.Enqueue(new Change(hull, before, after, since, lastReport, ticks, r.Point(), r.Point(), lastInPort, r.Port(ctx.Ports)));
        }
    }
}

internal sealed partial class DraughtHull
{
    /// <summary>The segment of the open record, restored by id after the records are read.</summary>
    public long RecordSegmentId { get; private set; } = -1;

    public void Save(StateWriter w, PortTable ports)
    {
        w.Write((long)Mmsi.Value);
        w.Write(Segments.Count);
        foreach (var s in Segments)
            w.Write(s);
        w.Write(SegmentId);
        w.Write(FirstFixTicks);
        w.Write(Record?.SegmentId ?? -1);
        w.Write(_closedTicks);
        w.Write(_closedLat);
        w.Write(_closedLon);
        w.Write(LastInPortTicks);
        w.Port(ports, LastPort);
        w.Write(Draught is not null);
        w.Write(Draught ?? 0);
        w.Write(SinceTicks);
        w.Write(LastReportTicks);
        w.Point(PositionAtLastReport);
    }

    public static DraughtHull Load(StateReader r, PortTable ports)
    {
        var mmsi = r.Mmsi();
        var segments = new List<long>();
        for (var n = r.Count(MaxLineage); n > 0; n--)
            segments.Add(r.Long());
        var h = new DraughtHull(mmsi, segments.Count > 0 ? segments[0] : 0);
        h.Segments.Clear();
        h.Segments.AddRange(segments);
        h.SegmentId = r.Long();
        h.FirstFixTicks = r.Long();
        h.RecordSegmentId = r.Long();
        (h._closedTicks, h._closedLat, h._closedLon) = (r.Long(), r.Double(), r.Double());
        h.LastInPortTicks = r.Long();
        h.LastPort = r.Port(ports);
        var hasDraught = r.Bool();
        var draught = r.Double();
        h.Draught = hasDraught ? draught : null;
        h.SinceTicks = r.Long();
        h.LastReportTicks = r.Long();
        h.PositionAtLastReport = r.Point();
        return h;
    }
}

internal sealed partial class StsLog
{
    public void Save(StateWriter w)
    {
        w.Write(_nextPruneTicks);
        w.Write(_byMmsi.Count);
        foreach (var (mmsi, list) in _byMmsi.OrderBy(kv => kv.Key.Value))
        {
            w.Write((long)mmsi.Value);
            w.Write(list.Count);
            foreach (var (s, emitted) in list)
            {
                w.Sighting(s);
                w.Write(emitted);
            }
        }
    }

    public void Load(StateReader r)
    {
        _nextPruneTicks = r.Long();
        for (var n = r.Count(); n > 0; n--)
        {
            var mmsi = r.Mmsi();
            for (var k = r.Count(); k > 0; k--)
                Add(mmsi, r.Sighting(), r.Long());
        }
    }
}
