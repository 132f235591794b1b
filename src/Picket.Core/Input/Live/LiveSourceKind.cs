namespace Picket.Core.Input.Live;

/// <summary>How a live source gets its sentences, as named by the scheme of its URL.</summary>
public enum LiveSourceKind
{
    /// <summary><c>tcp://host:port</c>: connect to a feed (an aggregator, a receiver's server port) and read; reconnect when it drops.</summary>
    TcpClient,
    /// <summary><c>tcp-listen://host:port</c>: accept receivers that connect and push sentences.</summary>
    TcpListen,
    /// <summary><c>udp://host:port</c>: listen for datagrams, as most receivers and AIS-catcher send them.</summary>
    Udp,
    /// <summary><c>file:PATH</c>: read a file and follow its growth, as <c>tail -F</c> does.</summary>
    FileTail,
    /// <summary><c>-</c>: standard input, until it ends.</summary>
    StandardInput,
    /// <summary>A finished file (plain or gzip), read once to its end; the source then ends (<see cref="LiveSourceAddress.ForFile"/>).</summary>
    File,
}
