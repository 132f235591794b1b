namespace Picket.Ais;

/// <summary>Settings for <see cref="AisDecoder"/>; the defaults suit terrestrial and satellite logs alike.</summary>
public sealed record AisDecoderOptions
{
    /// <summary>Multi-part messages that may be pending at once. Each slot holds about 1.2 KB.</summary>
    public int MaxPendingMessages { get; init; } = 64;

    /// <summary>A first fragment is dropped as stale when this many lines passed without its message completing.</summary>
    public long MaxFragmentAgeLines { get; init; } = 1_000;

    /// <summary>A first fragment is dropped as stale when this much reception time passed (only when lines carry times).</summary>
    public TimeSpan MaxFragmentAge { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Lines longer than this are skipped and counted; NMEA allows 82 characters, tag blocks add some.</summary>
    public int MaxLineLength { get; init; } = 2_048;

    /// <summary>
    /// The clock for lines that carry no time (no tag block, no PGHP line before them): for a live feed, the system clock;
    /// for a file, null (times stay unknown) unless the caller knows when it was recorded.
    /// </summary>
    public TimeProvider? Clock { get; init; }
}
