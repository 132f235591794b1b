using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Cluster.Wire;

/// <summary>
/// One vessel's input for an epoch — its fixes and identity reports in feed order — as bytes for one grain call (a
/// batch per grain and epoch, never a call per message). Fixes go as their raw struct: both ends run one release.
/// </summary>
internal sealed class FeedItemBatch
{
    private const byte FixKind = 1, IdentityKind = 2;
    private readonly MemoryStream _buffer = new();
    private readonly BinaryWriter _w;

    public FeedItemBatch() => _w = new BinaryWriter(_buffer);

    public int Count { get; private set; }

    public void Add(in VesselFix fix)
    {
        _w.Write(FixKind);
        var f = fix;
        _w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(new ReadOnlySpan<VesselFix>(ref f)));
        Count++;
    }

    public void Add(in IdentityReport r)
    {
        _w.Write(IdentityKind);
        _w.Write(r.Mmsi.Value);
        _w.Write(r.Time.UtcTicks);
        _w.Write((byte)r.Source);
        WriteString(r.Name);
        _w.Write(r.Imo ?? int.MinValue);
        WriteString(r.CallSign);
        _w.Write(r.ShipType is { } t ? t.Code : -1);
        _w.Write(r.Dimensions.HasValue);
        if (r.Dimensions is { } d)
        {
            _w.Write(d.ToBow);
            _w.Write(d.ToStern);
            _w.Write(d.ToPort);
            _w.Write(d.ToStarboard);
        }
        _w.Write(r.DraughtMetres ?? double.NaN);
        WriteString(r.Destination);
        _w.Write(r.Eta?.UtcTicks ?? long.MinValue);
        Count++;
    }

    public byte[] ToArray()
    {
        _w.Flush();
        return _buffer.ToArray();
    }

    private void WriteString(string? s)
    {
        _w.Write(s != null);
        if (s != null)
            _w.Write(s);
    }

    /// <summary>Replays a batch into <paramref name="fix"/> and <paramref name="identity"/>, in its order.</summary>
    public static void Replay(byte[] bytes, Action<VesselFix> fix, Action<IdentityReport> identity)
    {
        var size = System.Runtime.CompilerServices.Unsafe.SizeOf<VesselFix>();
        using var r = new BinaryReader(new MemoryStream(bytes, writable: false));
        while (r.BaseStream.Position < r.BaseStream.Length)
        {
            var kind = r.ReadByte();
            if (kind == FixKind)
            {
                var raw = r.ReadBytes(size);
                fix(System.Runtime.InteropServices.MemoryMarshal.Read<VesselFix>(raw));
            }
            else if (kind == IdentityKind)
            {
                var mmsi = new Mmsi(r.ReadUInt32());
                var time = new DateTimeOffset(r.ReadInt64(), TimeSpan.Zero);
                var source = (IdentitySource)r.ReadByte();
                var name = ReadString(r);
                var imo = r.ReadInt32();
                var call = ReadString(r);
                var type = r.ReadInt32();
                VesselDimensions? dims = r.ReadBoolean() ? new VesselDimensions(r.ReadUInt16(), r.ReadUInt16(), r.ReadByte(), r.ReadByte()) : null;
                var draught = r.ReadDouble();
                var destination = ReadString(r);
                var eta = r.ReadInt64();
                identity(new IdentityReport(mmsi, time, source, name, imo == int.MinValue ? null : imo, call,
                    type < 0 ? null : new ShipType((byte)type), dims, double.IsNaN(draught) ? null : draught, destination,
                    eta == long.MinValue ? null : new DateTimeOffset(eta, TimeSpan.Zero)));
            }
            else
                throw new InvalidDataException($"unknown feed item kind {kind}");
        }
    }

    private static string? ReadString(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;
}
