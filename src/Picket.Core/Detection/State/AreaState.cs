using Picket.Core.Events;
using Picket.Core.Tracks;

namespace Picket.Core.Detection;

// The area half's state: what its detectors hold between fixes, written field by field (see DetectorState).

internal sealed partial class AreaDetectors
{
    public void Save(StateWriter w)
    {
        w.Write(_nowTicks);
        w.Write(_tracks.Count);
        foreach (var (id, track) in _tracks.OrderBy(kv => kv.Key))
        {
            w.Write(id);
            w.Struct(track.Resampling);
        }
        _encounters.Save(w);
        _linker.Save(w);
        _gaps.Save(w);
    }

    public void Load(StateReader r)
    {
        _nowTicks = r.Long();
        for (var n = r.Count(); n > 0; n--)
            _tracks[r.Long()] = new AreaTrack { Resampling = r.Struct<TrackResampler.SegmentState>() };
        _encounters.Load(r);
        _linker.Load(r);
        _gaps.Load(r);
    }
}

internal sealed partial class EncounterDetector
{
    public void Save(StateWriter w)
    {
        w.Write(_nextSlot);
        w.Write(_slots.Count);
        foreach (var (slot, points) in _slots.OrderBy(kv => kv.Key))
        {
            w.Write(slot);
            w.Write(points.Count);
            foreach (var p in points)
                w.Struct(p);
        }
        foreach (var runs in (Dictionary<ulong, EncounterRun>[])[_open, _merging])
        {
            w.Write(runs.Count);
            foreach (var (key, run) in runs.OrderBy(kv => kv.Key))
            {
                w.Write((long)key);
                run.Save(w);
            }
        }
    }

    public void Load(StateReader r)
    {
        _nextSlot = r.Long();
        for (var n = r.Count(); n > 0; n--)
        {
            var slot = r.Long();
            var points = new List<GridPoint>();
            for (var k = r.Count(); k > 0; k--)
                points.Add(r.Struct<GridPoint>());
            _slots[slot] = points;
        }
        foreach (var runs in (Dictionary<ulong, EncounterRun>[])[_open, _merging])
            for (var n = r.Count(); n > 0; n--)
            {
                var key = (ulong)r.Long();
                runs[key] = EncounterRun.Load(r);
            }
    }
}

internal sealed partial class EncounterRun
{
    public void Save(StateWriter w)
    {
        w.Write((long)A.Value);
        w.Write((long)B.Value);
        w.Write(StartTicks);
        w.Write(InPort);
        w.Write(LastTicks);
        w.Write(Steps);
        w.Write(Runs);
        w.Write(TogetherTicks);
        foreach (var d in (double[])[StartLat, StartLon, EndLat, EndLon, _sumLat, _sumLon, _densityA, _densityB])
            w.Write(d);
        w.Write(SegmentA);
        w.Write(SegmentB);
        foreach (var list in (List<float>[])[_distances, _speedsA, _speedsB])
        {
            w.Write(list.Count);
            foreach (var f in list)
                w.Raw.Write(f);
        }
    }

    public static EncounterRun Load(StateReader r)
    {
        var run = new EncounterRun(r.Mmsi(), r.Mmsi(), r.Long()) { InPort = r.Bool() };
        run.LastTicks = r.Long();
        run.Steps = r.Int();
        run.Runs = r.Int();
        run.TogetherTicks = r.Long();
        (run.StartLat, run.StartLon, run.EndLat, run.EndLon) = (r.Double(), r.Double(), r.Double(), r.Double());
        (run._sumLat, run._sumLon, run._densityA, run._densityB) = (r.Double(), r.Double(), r.Double(), r.Double());
        (run.SegmentA, run.SegmentB) = (r.Long(), r.Long());
        foreach (var list in (List<float>[])[run._distances, run._speedsA, run._speedsB])
            for (var n = r.Count(); n > 0; n--)
                list.Add(r.Raw.ReadSingle());
        return run;
    }
}

internal sealed partial class DarkStsLinker
{
    public void Save(StateWriter w)
    {
        var held = _held.UnorderedItems.Select(x => x.Element).OrderBy(c => c.End.UtcTicks).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        w.Write(held.Count);
        foreach (var c in held)
        {
            w.Write(c.Id);
            w.Write((long)c.Mmsi.Value);
            w.Write(c.SegmentId);
            w.Write(c.Start.UtcTicks);
            w.Write(c.End.UtcTicks);
            w.Write(c.Lat);
            w.Write(c.Lon);
            w.Evidence(c.Evidence);
        }
        w.Write(_gaps.Count);
        foreach (var g in _gaps)
        {
            w.Write(g.EventId is not null);
            if (g.EventId is { } id)
                w.Write(id);
            w.Write((long)g.Mmsi.Value);
            w.Write(g.StartTicks);
            w.Write(g.EndTicks);
            foreach (var d in (double[])[g.StartLat, g.StartLon, g.EndLat, g.EndLon])
                w.Write(d);
        }
    }

    public void Load(StateReader r)
    {
        for (var n = r.Count(); n > 0; n--)
            AddLoitering(new LoiteringCandidate(r.String(), r.Mmsi(), r.Long(), new DateTimeOffset(r.Long(), TimeSpan.Zero),
                new DateTimeOffset(r.Long(), TimeSpan.Zero), r.Double(), r.Double(), r.Evidence<LoiteringEvidence>(EventType.Loitering)));
        for (var n = r.Count(); n > 0; n--)
            _gaps.Enqueue(new GapRecord(r.Bool() ? r.String() : null, r.Mmsi(), r.Long(), r.Long(), r.Double(), r.Double(), r.Double(), r.Double()));
    }
}

internal sealed partial class GapDetector
{
    public void Save(StateWriter w)
    {
        w.Write(_nextSweepHour);
        w.Write(_heardTicks);
        w.Write(_vessels.Count);
        foreach (var (mmsi, s) in _vessels.OrderBy(kv => kv.Key.Value))
        {
            w.Write((long)mmsi.Value);
            w.Write(s.LastTicks);
            w.Write(s.Cell);
            w.Write(s.LastLat);
            w.Write(s.LastLon);
        }
        _reception.Save(w);
    }

    public void Load(StateReader r)
    {
        _nextSweepHour = r.Long();
        _heardTicks = r.Long();
        for (var n = r.Count(); n > 0; n--)
        {
            var mmsi = r.Mmsi();
            var s = new VesselPlace { LastTicks = r.Long(), Cell = r.Long(), LastLat = r.Double(), LastLon = r.Double() };
            _vessels[mmsi] = s;
            if (s.Cell >= 0)
            {
                if (!_byCell.TryGetValue(s.Cell, out var set))
                    _byCell[s.Cell] = set = [];
                set.Add(mmsi);
            }
        }
        _reception.Load(r);
    }
}

internal sealed partial class ReceptionMap
{
    public void Save(StateWriter w)
    {
        w.Write(_order.Count);
        foreach (var (hour, key) in _order)
        {
            w.Write(hour);
            w.Write(key);
            w.Write(_counts[key]);
        }
    }

    public void Load(StateReader r)
    {
        for (var n = r.Count(); n > 0; n--)
        {
            var (hour, key) = (r.Long(), r.Long());
            _order.Enqueue((hour, key));
            _counts[key] = r.Int();
        }
    }
}
