namespace Picket.Core.Input.Live;

/// <summary>How a <see cref="FeedReplayer"/> serves a recording.</summary>
public sealed record FeedReplayOptions
{
    /// <summary>Times real time: 1 replays as recorded, 500 plays 72 hours in under 9 minutes.</summary>
    public double Speed { get; init; } = 1;

    /// <summary>No pacing: as fast as the client reads (TCP) or the socket sends (UDP).</summary>
    public bool AsFastAsPossible { get; init; }

    /// <summary>Lines before this message time are skipped (a watcher resuming from a checkpoint); null sends everything.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>
    /// The longest single wait: a gap in the recording longer than this (at the chosen speed) is shortened to it, so a
    /// receiver outage of a day does not stall a demo.
    /// </summary>
    public TimeSpan MaxPause { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Clients served at once by <see cref="FeedReplayer.ServeAsync"/>; more are closed at once.</summary>
    public int MaxConnections { get; init; } = 16;

    /// <summary>The most bytes of lines in one UDP datagram (within an Ethernet MTU, so datagrams are not fragmented).</summary>
    public int DatagramBytes { get; init; } = 1400;

    /// <summary>Lines longer than this in a recording are skipped (they cannot be sentences).</summary>
    public int MaxLineLength { get; init; } = 4096;

    /// <summary>
    /// Told after each write to a TCP client completes: the client's number (from 1), the lines written to it so far,
    /// and the wall time. A send log for measuring how long after a sentence left the feed an alert came
    /// (<c>picket replay --send-log</c>); called from the clients' tasks at once, so it must be thread-safe. Null: none.
    /// </summary>
    public Action<long, long, DateTimeOffset>? Sent { get; init; }
}
