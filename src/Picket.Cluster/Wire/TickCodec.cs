using Picket.Core.Detection;
using Picket.Core.Tracks;

namespace Picket.Cluster.Wire;

/// <summary>The epoch's distinct clock times as unsigned LEB128 deltas: a few bytes per time instead of eight, sent to every cell.</summary>
internal static class TickCodec
{
    public static byte[] Encode(IReadOnlyList<long> ticks)
    {
        var buffer = new MemoryStream();
        using var w = new BinaryWriter(buffer);
        w.Write7BitEncodedInt(ticks.Count);
        var last = 0L;
        foreach (var t in ticks)
        {
            w.Write7BitEncodedInt64(t - last);
            last = t;
        }
        w.Flush();
        return buffer.ToArray();
    }

    public static long[] Decode(byte[] bytes)
    {
        using var r = new BinaryReader(new MemoryStream(bytes, writable: false));
        var ticks = new long[r.Read7BitEncodedInt()];
        var last = 0L;
        for (var i = 0; i < ticks.Length; i++)
            ticks[i] = last += r.Read7BitEncodedInt64();
        return ticks;
    }
}

/// <summary>A cell's routed messages, each with the number of the epoch's clock times that come before it.</summary>
internal static class CellOps
{
    public static byte[] Encode(IReadOnlyList<(int Before, AreaMessage Message)> ops)
    {
        var buffer = new MemoryStream();
        using (var w = new StateWriter(buffer))
        {
            w.Write(ops.Count);
            foreach (var (before, m) in ops)
            {
                w.Write(before);
                AreaMessageCodec.Write(w, m);
            }
        }
        return buffer.ToArray();
    }

    public static List<(int Before, AreaMessage Message)> Decode(byte[] bytes)
    {
        using var r = new StateReader(new MemoryStream(bytes, writable: false));
        var n = r.Count();
        var ops = new List<(int, AreaMessage)>(n);
        for (var i = 0; i < n; i++)
            ops.Add((r.Int(), AreaMessageCodec.Read(r)));
        return ops;
    }
}
