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

/// <summary>A cell's routed messages, each with the number of the epoch's clock times that come before it (written by <see cref="CellOpsWriter"/>).</summary>
internal static class CellOps
{
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

/// <summary>
/// One cell's operations of an epoch (<see cref="CellOps"/>'s format), encoded as they are routed: the routing of an
/// epoch then holds a few dozen bytes per delivery instead of a message struct of several hundred, which was most of
/// the client's peak memory on a feed of hundreds of thousands of fixes per epoch.
/// </summary>
internal sealed class CellOpsWriter
{
    private readonly MemoryStream _buffer = new();
    private readonly StateWriter _w;

    public CellOpsWriter()
    {
        _w = new StateWriter(_buffer);
        _w.Write(0); // the count, put in by ToArray
    }

    public int Count { get; private set; }

    public void Add(int before, in AreaMessage message)
    {
        _w.Write(before);
        AreaMessageCodec.Write(_w, message);
        Count++;
    }

    public byte[] ToArray()
    {
        _w.Raw.Flush();
        var bytes = _buffer.ToArray();
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes, Count);
        return bytes;
    }
}
