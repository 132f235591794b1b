namespace Picket.Core.Input.Live;

/// <summary>
/// The decoder's clock for lines that carry no time of their own: the time the bytes of the current read arrived,
/// set once per read, so every line of one read has the same receive time and the feed's clock is read once per read
/// rather than once per line.
/// </summary>
internal sealed class ReceiveClock : TimeProvider
{
    public DateTimeOffset Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now;
}
