using Picket.Core.Input.Live;

namespace Picket.Analysis.Live;

/// <summary>
/// One live feed as the watcher reads it: something it connects to, reads NMEA lines from until the stream ends, and
/// (for a network feed) connects to again. A connection that starts from the beginning of a recording (a replayer
/// serves each client from its start) is recognised by its first line and skipped up to what the job already holds.
/// </summary>
public abstract class LiveSource
{
    /// <param name="name">How status lines and the checkpoint call the source (its URL).</param>
    protected LiveSource(string name) => Name = name;

    /// <summary>The source's URL, as given.</summary>
    public string Name { get; }

    /// <summary>Whether a stream that ended or failed is connected to again (a network feed), or the source is done (a file, stdin).</summary>
    public abstract bool Reconnects { get; }

    /// <summary>Opens the next stream; null when the source has nothing more (a file already read, stdin closed).</summary>
    public abstract ValueTask<Stream?> ConnectAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Parses a source as <c>picket watch</c> takes it, in the live sources' URL grammar
    /// (<see cref="LiveSourceAddress"/>, optionally <c>NAME=URL</c>): <c>tcp://host:port</c> (connect to a feed),
    /// <c>file:PATH</c> or a plain path (read a file to its end), <c>-</c> (standard input, when the host has one).
    /// <c>tcp-listen://</c> and <c>udp://</c> parse but are not taken yet: the watch's resume rule needs each
    /// connection's first line and position, which the merged <see cref="LiveFeed"/> does not keep. Null with a reason otherwise.
    /// </summary>
    public static LiveSource? Parse(string text, Func<Stream>? standardInput, out string? error)
    {
        error = null;
        // A plain path is a file, as for picket analyze (the live grammar asks for file:PATH).
        if (text != "-" && !text.Contains("://", StringComparison.Ordinal) && !text.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            && !text.Contains('=', StringComparison.Ordinal))
            return File.Exists(text) ? new OnceSource(text, () => Picket.Ais.NmeaStreamReader.OpenFile(text)) : Fail($"{text}: no such file", out error);
        if (!LiveSourceAddress.TryParse(text, out var address, out var why))
            return Fail(why, out error);
        switch (address.Kind)
        {
            case LiveSourceKind.StandardInput:
                return standardInput != null
                    ? new OnceSource(address.Name, standardInput)
                    : Fail("'-' (standard input) was given but this host has no standard input", out error);
            case LiveSourceKind.TcpClient:
                return new TcpClientSource(address.Name, address.Host, address.Port);
            case LiveSourceKind.FileTail:
                string path = address.Path;
                return File.Exists(path) ? new OnceSource(address.Name, () => Picket.Ais.NmeaStreamReader.OpenFile(path)) : Fail($"{text}: no such file", out error);
            default:
                return Fail($"{text}: picket watch does not take tcp-listen:// or udp:// sources yet (use tcp://HOST:PORT, file:PATH or -)", out error);
        }
    }

    private static LiveSource? Fail(string message, out string? error)
    {
        error = message;
        return null;
    }

    /// <summary>A stream read once: a file or standard input.</summary>
    private sealed class OnceSource(string name, Func<Stream> open) : LiveSource(name)
    {
        private bool _opened;

        public override bool Reconnects => false;

        public override ValueTask<Stream?> ConnectAsync(CancellationToken cancellationToken)
        {
            if (_opened) return ValueTask.FromResult<Stream?>(null);
            _opened = true;
            return ValueTask.FromResult<Stream?>(open());
        }
    }
}

