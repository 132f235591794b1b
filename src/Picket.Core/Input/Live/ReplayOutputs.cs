using System.Net;
using System.Net.Sockets;

namespace Picket.Core.Input.Live;

/// <summary>Where a replay's lines go: buffered, written when full or when the replay waits.</summary>
internal interface IReplayOutput
{
    ValueTask WriteLineAsync(ReadOnlyMemory<byte> line, CancellationToken cancellationToken);

    ValueTask FlushAsync(CancellationToken cancellationToken);
}

/// <summary>A TCP client's stream: lines gathered into 16 KB writes; <c>written</c> is told the lines sent so far after each.</summary>
internal sealed class StreamReplayOutput(Stream stream, Action<long>? written = null) : IReplayOutput
{
    private readonly byte[] _buffer = new byte[16 * 1024];
    private int _length, _buffered;
    private long _lines;

    public async ValueTask WriteLineAsync(ReadOnlyMemory<byte> line, CancellationToken cancellationToken)
    {
        if (_length + line.Length > _buffer.Length) await FlushAsync(cancellationToken).ConfigureAwait(false);
        line.CopyTo(_buffer.AsMemory(_length));
        _length += line.Length;
        _buffered++;
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (_length == 0) return;
        await stream.WriteAsync(_buffer.AsMemory(0, _length), cancellationToken).ConfigureAwait(false);
        _length = 0;
        _lines += _buffered;
        _buffered = 0;
        written?.Invoke(_lines);
    }
}

/// <summary>UDP datagrams of whole lines, up to the configured size, as a receiver sends them.</summary>
internal sealed class UdpReplayOutput(Socket socket, IPEndPoint to, int datagramBytes) : IReplayOutput
{
    private readonly byte[] _buffer = new byte[Math.Max(datagramBytes, 4096 + 2)];
    private int _length;

    public async ValueTask WriteLineAsync(ReadOnlyMemory<byte> line, CancellationToken cancellationToken)
    {
        if (_length > 0 && _length + line.Length > datagramBytes) await FlushAsync(cancellationToken).ConfigureAwait(false);
        line.CopyTo(_buffer.AsMemory(_length));
        _length += line.Length;
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (_length == 0) return;
        await socket.SendToAsync(_buffer.AsMemory(0, _length), SocketFlags.None, to, cancellationToken).ConfigureAwait(false);
        _length = 0;
    }
}
