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
    /// Parses a source as <c>picket watch</c> takes it: <c>tcp://host:port</c> (connect to a feed), <c>file:PATH</c> or a
    /// plain path (read a file), <c>-</c> (standard input, when the host has one). Null with a reason otherwise.
    /// </summary>
    public static LiveSource? Parse(string text, Func<Stream>? standardInput, out string? error)
    {
        error = null;
        if (text == "-")
        {
            if (standardInput != null) return new OnceSource("-", standardInput);
            error = "'-' (standard input) was given but this host has no standard input";
            return null;
        }
        if (text.StartsWith("tcp://", StringComparison.OrdinalIgnoreCase))
        {
            var rest = text["tcp://".Length..].TrimEnd('/');
            int colon = rest.LastIndexOf(':');
            if (colon > 0 && int.TryParse(rest[(colon + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536)
                return new TcpClientSource(text, rest[..colon].Trim('[', ']'), port);
            error = $"{text}: expected tcp://HOST:PORT";
            return null;
        }
        var path = text.StartsWith("file:", StringComparison.OrdinalIgnoreCase) ? text["file:".Length..] : text;
        if (path.Contains("://", StringComparison.Ordinal))
        {
            error = $"{text}: unknown source (use tcp://HOST:PORT, file:PATH or -)";
            return null;
        }
        if (!File.Exists(path))
        {
            error = $"{text}: no such file";
            return null;
        }
        return new OnceSource(text, () => Picket.Ais.NmeaStreamReader.OpenFile(path));
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

