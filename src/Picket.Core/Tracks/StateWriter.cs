using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Picket.Core.Tracks;

/// <summary>
/// The compact binary form of a streaming stage's state (track builder, detectors), for stopping a job and going on
/// later or elsewhere. A snapshot starts with a magic word, a format version and the sizes of the raw structs it holds,
/// so a snapshot of another build or another stage is refused with a clear message instead of misread. It is a
/// hand-over between processes of one release, not an archive: state structs are written as their bytes.
/// </summary>
internal sealed class StateWriter(Stream stream) : IDisposable
{
    private readonly BinaryWriter _w = new(stream, Encoding.UTF8, leaveOpen: true);

    public BinaryWriter Raw => _w;

    public void Header(string magic, int version, params int[] layout)
    {
        _w.Write(magic);
        _w.Write(version);
        _w.Write(layout.Length);
        foreach (var n in layout)
            _w.Write(n);
    }

    public void Write(long v) => _w.Write(v);

    public void Write(int v) => _w.Write(v);

    public void Write(double v) => _w.Write(v);

    public void Write(bool v) => _w.Write(v);

    public void Write(string v) => _w.Write(v);

    public void Struct<T>(in T value) where T : unmanaged =>
        _w.Write(MemoryMarshal.AsBytes(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.AsRef(in value), 1)));

    public void Dispose() => _w.Flush();
}

/// <summary>Reads what <see cref="StateWriter"/> wrote; a wrong header or a short stream is an <see cref="InvalidDataException"/>.</summary>
internal sealed class StateReader(Stream stream) : IDisposable
{
    private readonly BinaryReader _r = new(stream, Encoding.UTF8, leaveOpen: true);

    public BinaryReader Raw => _r;

    public void Header(string magic, int version, params int[] layout)
    {
        try
        {
            var m = _r.ReadString();
            if (m != magic)
                throw new InvalidDataException($"not a {magic} snapshot (starts with '{m}')");
            var v = _r.ReadInt32();
            if (v != version)
                throw new InvalidDataException($"{magic} snapshot version {v}; this build reads version {version}");
            var n = _r.ReadInt32();
            if (n != layout.Length)
                throw new InvalidDataException($"{magic} snapshot from another build (layout of {n} structs, expected {layout.Length})");
            for (var i = 0; i < n; i++)
                if (_r.ReadInt32() != layout[i])
                    throw new InvalidDataException($"{magic} snapshot from another build (struct {i} has another size)");
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{magic} snapshot is cut short", e);
        }
    }

    public long Long() => _r.ReadInt64();

    public int Int() => _r.ReadInt32();

    public double Double() => _r.ReadDouble();

    public bool Bool() => _r.ReadBoolean();

    public string String() => _r.ReadString();

    /// <summary>A count that must be plausible: a corrupt snapshot must not make us allocate without bound.</summary>
    public int Count(int max = 1 << 26)
    {
        var n = _r.ReadInt32();
        if (n < 0 || n > max)
            throw new InvalidDataException($"snapshot holds an impossible count ({n})");
        return n;
    }

    public T Struct<T>() where T : unmanaged
    {
        T value = default;
        var bytes = MemoryMarshal.AsBytes(MemoryMarshal.CreateSpan(ref value, 1));
        if (_r.Read(bytes) != bytes.Length)
            throw new InvalidDataException("snapshot is cut short");
        return value;
    }

    public void Dispose()
    {
    }
}
