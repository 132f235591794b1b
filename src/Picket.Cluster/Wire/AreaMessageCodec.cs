using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Cluster.Wire;

/// <summary>
/// The vessel half's messages to the area half (fixes, gaps, loitering runs, segment closes) as bytes for a grain call.
/// Written with the library's snapshot writer, so evidence travels in the event format and the rule is the snapshots':
/// one release on both ends, not an archive format.
/// </summary>
internal static class AreaMessageCodec
{
    public static byte[] Encode(IReadOnlyList<AreaMessage> messages)
    {
        var buffer = new MemoryStream();
        using (var w = new StateWriter(buffer))
        {
            w.Write(messages.Count);
            foreach (var m in messages)
                Write(w, m);
        }
        return buffer.ToArray();
    }

    public static List<AreaMessage> Decode(byte[] bytes)
    {
        using var r = new StateReader(new MemoryStream(bytes, writable: false));
        var n = r.Count();
        var list = new List<AreaMessage>(n);
        for (var i = 0; i < n; i++)
            list.Add(Read(r));
        return list;
    }

    public static void Write(StateWriter w, in AreaMessage m)
    {
        w.Write(m.AtEnd);
        w.Write(m.Ticks);
        w.Write((long)m.Mmsi);
        w.Write(m.Seq);
        w.Raw.Write((byte)m.Kind);
        switch (m.Kind)
        {
            case AreaMessageKind.Fix:
                w.Write(m.Fix.Fix.SegmentId);
                w.Struct(m.Fix.Fix.Fix);
                w.Write(m.Fix.CountsForReception);
                break;
            case AreaMessageKind.Gap:
                var g = m.Gap;
                w.Write((long)g.Mmsi.Value);
                foreach (var v in (long[])[g.OffTicks, g.SegmentBefore, g.OnTicks, g.SegmentAfter])
                    w.Write(v);
                foreach (var d in (double[])[g.OffLat, g.OffLon, g.OnLat, g.OnLon])
                    w.Write(d);
                w.Write(g.Open);
                w.Write(g.OwnKeys.Length);
                foreach (var k in g.OwnKeys)
                    w.Write(k);
                break;
            case AreaMessageKind.Loitering:
                var l = m.Loitering;
                w.Write(l.Id);
                w.Write((long)l.Mmsi.Value);
                w.Write(l.SegmentId);
                w.Write(l.Start.UtcTicks);
                w.Write(l.End.UtcTicks);
                w.Write(l.Lat);
                w.Write(l.Lon);
                w.Evidence(l.Evidence);
                break;
            case AreaMessageKind.SegmentClosed:
                w.Write(m.SegmentId);
                break;
        }
    }

    public static AreaMessage Read(StateReader r)
    {
        var atEnd = r.Bool();
        var ticks = r.Long();
        var mmsi = (uint)r.Long();
        var seq = r.Long();
        var kind = (AreaMessageKind)r.Raw.ReadByte();
        var m = new AreaMessage(atEnd, ticks, mmsi, seq, kind);
        switch (kind)
        {
            case AreaMessageKind.Fix:
                var segment = r.Long();
                var fix = r.Struct<VesselFix>();
                return m with { Fix = new AreaFix(new SegmentFix(segment, fix), r.Bool()) };
            case AreaMessageKind.Gap:
                var gm = r.Mmsi();
                var (offTicks, before, onTicks, after) = (r.Long(), r.Long(), r.Long(), r.Long());
                var (offLat, offLon, onLat, onLon) = (r.Double(), r.Double(), r.Double(), r.Double());
                var open = r.Bool();
                var keys = new long[r.Count()];
                for (var i = 0; i < keys.Length; i++)
                    keys[i] = r.Long();
                return m with { Gap = new GapReport(gm, offTicks, offLat, offLon, before, onTicks, onLat, onLon, after, open, keys) };
            case AreaMessageKind.Loitering:
                var id = r.String();
                var lm = r.Mmsi();
                var seg = r.Long();
                var start = new DateTimeOffset(r.Long(), TimeSpan.Zero);
                var end = new DateTimeOffset(r.Long(), TimeSpan.Zero);
                var (lat, lon) = (r.Double(), r.Double());
                var evidence = r.Evidence<LoiteringEvidence>(EventType.Loitering);
                return m with { Loitering = new LoiteringCandidate(id, lm, seg, start, end, lat, lon, evidence) };
            case AreaMessageKind.SegmentClosed:
                return m with { SegmentId = r.Long() };
            default:
                throw new InvalidDataException($"unknown area message kind {(byte)kind}");
        }
    }
}
