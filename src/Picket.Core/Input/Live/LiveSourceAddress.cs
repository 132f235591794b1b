using System.Globalization;

namespace Picket.Core.Input.Live;

/// <summary>
/// Where a live source reads from, written as a URL on the command line: <c>tcp://host:port</c>,
/// <c>tcp-listen://host:port</c>, <c>udp://host:port</c>, <c>file:PATH</c> or <c>-</c>; optionally named,
/// <c>name=URL</c>, so counters and messages say "north-receiver" rather than an address. Unlike a file argument of
/// <c>picket analyze</c> (<see cref="AisSources.FromArgument"/>), a live address names a stream that never ends.
/// </summary>
/// <param name="Name">What counters and messages call the source: the given name, else the URL as written.</param>
/// <param name="Kind">How sentences arrive.</param>
/// <param name="Host">Host name or IP literal for the network kinds (brackets removed from IPv6); empty otherwise.</param>
/// <param name="Port">Port for the network kinds (0 for a listener lets the system choose); 0 otherwise.</param>
/// <param name="Path">The file for <see cref="LiveSourceKind.FileTail"/>; empty otherwise.</param>
public readonly record struct LiveSourceAddress(string Name, LiveSourceKind Kind, string Host, int Port, string Path)
{
    /// <summary>Parses an address; the message of the exception says what is wrong and what was expected.</summary>
    /// <exception cref="FormatException"><paramref name="text"/> is not a live source address.</exception>
    public static LiveSourceAddress Parse(string text) =>
        TryParse(text, out var address, out var error) ? address : throw new FormatException(error);

    /// <summary>Parses an address; on failure <paramref name="error"/> says what is wrong, for the user.</summary>
    public static bool TryParse(string? text, out LiveSourceAddress address, out string error)
    {
        address = default;
        error = "";
        if (string.IsNullOrWhiteSpace(text)) return Fail("an empty source; expected tcp://HOST:PORT, tcp-listen://HOST:PORT, udp://HOST:PORT, file:PATH or -", out error);
        string? name = null;
        string url = text.Trim();
        // "name=URL": the name is what comes before the first '=' when that is before any scheme separator. A path
        // may contain '=', so "file:a=b" keeps its '=' (the ':' comes first).
        int eq = url.IndexOf('=', StringComparison.Ordinal);
        int colon = url.IndexOf(':', StringComparison.Ordinal);
        if (eq > 0 && (colon < 0 || eq < colon))
        {
            name = url[..eq].Trim();
            url = url[(eq + 1)..].Trim();
            if (name.Length == 0) return Fail($"'{text}': the name before '=' is empty", out error);
        }
        else if (eq == 0) return Fail($"'{text}': the name before '=' is empty", out error);

        if (url == "-")
        {
            address = new(name ?? "-", LiveSourceKind.StandardInput, "", 0, "");
            return true;
        }
        if (url.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            string path = url[5..];
            // file:///var/log/ais.nmea (RFC 8089) as well as file:/var/log/ais.nmea and file:relative/path.
            if (path.StartsWith("///", StringComparison.Ordinal)) path = path[2..];
            else if (path.StartsWith("//", StringComparison.Ordinal)) return Fail($"'{url}': a file URL with a host is not supported; write file:PATH or file:///PATH", out error);
            if (path.Length == 0) return Fail($"'{url}': no path after file:", out error);
            address = new(name ?? url, LiveSourceKind.FileTail, "", 0, path);
            return true;
        }
        int sep = url.IndexOf("://", StringComparison.Ordinal);
        if (sep < 0)
            return Fail($"'{url}' is not a source URL; expected tcp://HOST:PORT, tcp-listen://HOST:PORT, udp://HOST:PORT, file:PATH or - (a plain file is read by 'picket analyze')", out error);
        string scheme = url[..sep].ToLowerInvariant();
        LiveSourceKind kind;
        switch (scheme)
        {
            case "tcp": kind = LiveSourceKind.TcpClient; break;
            case "tcp-listen": kind = LiveSourceKind.TcpListen; break;
            case "udp": kind = LiveSourceKind.Udp; break;
            default:
                return Fail($"'{url}': unknown scheme '{scheme}'; expected tcp, tcp-listen, udp or file", out error);
        }
        if (!TryParseHostPort(url[(sep + 3)..], kind != LiveSourceKind.TcpClient, out string host, out int port, out string why))
            return Fail($"'{url}': {why}", out error);
        address = new(name ?? url, kind, host, port, "");
        return true;
    }

    /// <summary>
    /// Parses a source argument of a live host's command line: an address as <see cref="TryParse"/> reads it, or a plain
    /// path (optionally <c>name=PATH</c>), which names a finished file read once (<see cref="ForFile"/>), as
    /// <c>picket analyze</c> reads it; <c>file:PATH</c> remains the file followed as it grows.
    /// </summary>
    public static bool TryParseArgument(string? text, out LiveSourceAddress address, out string error)
    {
        if (TryParse(text, out address, out error)) return true;
        string url = text!.Trim();
        string? name = null;
        int eq = url.IndexOf('=', StringComparison.Ordinal);
        int colon = url.IndexOf(':', StringComparison.Ordinal);
        if (eq > 0 && (colon < 0 || eq < colon))
        {
            name = url[..eq].Trim();
            url = url[(eq + 1)..].Trim();
        }
        // Only what has no scheme at all is a path: a mistyped URL keeps the grammar's own message.
        if (url.Length == 0 || url == "-" || url.Contains("://", StringComparison.Ordinal) || url.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            return false;
        address = ForFile(url, name);
        error = "";
        return true;
    }

    /// <summary>A finished file (plain or gzip) read once to its end, named <paramref name="name"/> or its path.</summary>
    public static LiveSourceAddress ForFile(string path, string? name = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new(string.IsNullOrEmpty(name) ? path : name, LiveSourceKind.File, "", 0, path);
    }

    /// <summary>
    /// Senders connect to the source (<c>tcp-listen://</c>, <c>udp://</c>): several at once, each pushing what it hears
    /// now, so what they send while nobody listens is lost; a feed the host connects to, a file or standard input can be
    /// read again from its start.
    /// </summary>
    public bool IsPushed => Kind is LiveSourceKind.TcpListen or LiveSourceKind.Udp;

    /// <summary>The URL form of the address (without the name), as it would be written on the command line.</summary>
    public string Url => Kind switch
    {
        LiveSourceKind.StandardInput => "-",
        LiveSourceKind.FileTail => "file:" + Path,
        LiveSourceKind.File => Path,
        _ => string.Create(CultureInfo.InvariantCulture,
            $"{Scheme(Kind)}://{(Host.Contains(':', StringComparison.Ordinal) ? "[" + Host + "]" : Host)}:{Port}"),
    };

    /// <summary>The name.</summary>
    public override string ToString() => Name;

    private static string Scheme(LiveSourceKind kind) => kind switch
    {
        LiveSourceKind.TcpClient => "tcp",
        LiveSourceKind.TcpListen => "tcp-listen",
        _ => "udp",
    };

    private static bool TryParseHostPort(string rest, bool listening, out string host, out int port, out string why)
    {
        host = "";
        port = 0;
        why = "";
        int slash = rest.IndexOfAny(['/', '?', '#']);
        if (slash >= 0)
        {
            if (rest[slash..] != "/") { why = "a path or query after HOST:PORT is not supported"; return false; }
            rest = rest[..slash];
        }
        string portText;
        if (rest.StartsWith('['))
        {
            int close = rest.IndexOf(']', StringComparison.Ordinal);
            if (close < 0 || close + 1 >= rest.Length || rest[close + 1] != ':') { why = "an IPv6 address is written [ADDRESS]:PORT"; return false; }
            host = rest[1..close];
            portText = rest[(close + 2)..];
        }
        else
        {
            int colon = rest.LastIndexOf(':');
            if (colon < 0) { why = "no port; write HOST:PORT"; return false; }
            host = rest[..colon];
            portText = rest[(colon + 1)..];
            if (host.Contains(':', StringComparison.Ordinal)) { why = "an IPv6 address is written [ADDRESS]:PORT"; return false; }
        }
        if (host.Length == 0)
        {
            if (!listening) { why = "no host; write HOST:PORT"; return false; }
            host = "0.0.0.0"; // ":PORT" on a listener: every interface, as servers usually read it
        }
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port > 65535 || (port == 0 && !listening))
        {
            why = $"port '{portText}' is not a number {(listening ? "0" : "1")}-65535";
            return false;
        }
        return true;
    }

    private static bool Fail(string message, out string error)
    {
        error = message;
        return false;
    }
}
