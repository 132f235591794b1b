namespace Picket.Testing.Live;

/// <summary>
/// What a <see cref="HostileFeed"/> does wrong and how often, on the wall clock (a soak runs for minutes, so faults
/// come by time, not by message count). A zero interval turns a fault off. Times jitter ±25 % with the seeded random,
/// so faults fall at different places in the recording.
/// </summary>
public sealed record HostileFeedPlan
{
    /// <summary>Valid messages per second (the last sentence of a message counts one); TCP flow control can slow it.</summary>
    public double MessagesPerSecond { get; init; } = 20_000;

    /// <summary>Drop the connection mid-line about this often (the cut line is sent whole on the next connection).</summary>
    public TimeSpan DisconnectEvery { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>A line of binary garbage this often.</summary>
    public TimeSpan GarbageEvery { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>An over-long line (<see cref="OverlongBytes"/>, sent in pieces) this often.</summary>
    public TimeSpan OverlongEvery { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest over-long line; each is between 4 KiB and this.</summary>
    public int OverlongBytes { get; init; } = 256 * 1024;

    /// <summary>A flood of first fragments whose other parts never come, this often.</summary>
    public TimeSpan FloodEvery { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>First fragments in one flood.</summary>
    public int FloodSize { get; init; } = 1_000;

    /// <summary>A two-part message sent second part first and then its first part twice, this often.</summary>
    public TimeSpan DisorderEvery { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A burst of exact copies of the last lines sent, this often.</summary>
    public TimeSpan DuplicatesEvery { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Lines copied in one duplicate burst.</summary>
    public int DuplicateBurst { get; init; } = 500;

    /// <summary>Stay connected and send nothing for <see cref="StallFor"/>, this often.</summary>
    public TimeSpan StallEvery { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary>How long a stall lasts.</summary>
    public TimeSpan StallFor { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>Rounds of the recording to send, then silence with the connection open (faults too); 0 for no end.</summary>
    public int Rounds { get; init; }

    /// <summary>Seed of the jitter and the garbage.</summary>
    public int Seed { get; init; } = 15;
}
