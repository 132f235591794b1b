namespace Picket.Testing.Live;

/// <summary>
/// What a <see cref="MisbehavingFeed"/> does wrong, and how often. Counts are in messages sent, so a test knows exactly
/// what was planted; 0 turns a fault off.
/// </summary>
public sealed record Misbehaviour
{
    /// <summary>Drop the connection after this many messages, cutting the next line in half first (it is sent whole on the next connection).</summary>
    public int DisconnectEvery { get; init; }

    /// <summary>Drop the connection after this much time, cutting a line as above (for soaks; not deterministic).</summary>
    public TimeSpan? DisconnectAfter { get; init; }

    /// <summary>A line of garbage (not NMEA) after every n-th message.</summary>
    public int GarbageEvery { get; init; }

    /// <summary>A line of <see cref="OverlongBytes"/> bytes without an end for a while, after every n-th message.</summary>
    public int OverlongEvery { get; init; }

    /// <summary>The length of an overlong line.</summary>
    public int OverlongBytes { get; init; } = 10_000;

    /// <summary>A flood of <see cref="FloodSize"/> first fragments that never complete, after every n-th message.</summary>
    public int FloodEvery { get; init; }

    /// <summary>First fragments in one flood.</summary>
    public int FloodSize { get; init; } = 200;

    /// <summary>After this many messages, send nothing for <see cref="StallFor"/> with the connection left open, then drop it.</summary>
    public int StallAfter { get; init; }

    /// <summary>How long a stall lasts.</summary>
    public TimeSpan StallFor { get; init; } = TimeSpan.FromSeconds(2);
}
