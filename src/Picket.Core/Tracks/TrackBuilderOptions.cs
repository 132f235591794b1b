namespace Picket.Core.Tracks;

/// <summary>
/// Tuning of the segmenter. Defaults follow Global Fishing Watch gpsdio-segment (develop branch) where it publishes a
/// number, and the Picket issue where it sets one (30 kn, 24 h).
/// </summary>
public sealed record TrackBuilderOptions
{
    /// <summary>Highest speed a fix may imply from a segment's last fix and still join it. GFW uses 25 kn; we allow fast ferries and patrol craft.</summary>
    public double MaxSpeedKnots { get; init; } = 30;

    /// <summary>A segment closes when no fix has joined it for this long (GFW max_hours = 24).</summary>
    public TimeSpan MaxGap { get; init; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Time padding added in quadrature to the elapsed time (GFW buffer_hours = 0.25): absorbs timestamp jitter and
    /// GNSS noise between fixes seconds apart, allowing MaxSpeed × 0.25 h (7.5 nm at 30 kn) at Δt = 0.
    /// </summary>
    public TimeSpan TimeBuffer { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How far back in time a fix may arrive behind the newest one and still be placed in order.</summary>
    public TimeSpan ReorderWindow { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Open segments kept per MMSI (1–256); when full the least recently updated closes (GFW keeps 100; 8 bounds memory).</summary>
    public int MaxOpenSegmentsPerVessel { get; init; } = 8;

    /// <summary>A divergent segment that stopped while its parent track resumed is settled as a jump after this quiet time.</summary>
    public TimeSpan JumpSettle { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Longest divergent run still called a jump; longer excursions are a second transmitter or a relocation.</summary>
    public TimeSpan JumpMaxDuration { get; init; } = TimeSpan.FromHours(6);

    /// <summary>An identity clash needs the two positions to alternate at least this many times…</summary>
    public int ClashMinInterleaves { get; init; } = 3;

    /// <summary>…over at least this long, so a single stray fix cannot make a clash.</summary>
    public TimeSpan ClashMinDuration { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Segments with fewer fixes score lower when a fix could join several (GFW short_seg_threshold = 10).</summary>
    public int ShortSegmentFixes { get; init; } = 10;

    /// <summary>
    /// When a second segment scores within this factor of the best, the fix is ambiguous and starts a new segment
    /// instead of bending either (GFW ambiguity_factor = 10). 0 turns the rule off.
    /// </summary>
    public double AmbiguityFactor { get; init; } = 10;

    /// <summary>Whether an ambiguous fix also closes the candidate segments (GFW does).</summary>
    public bool CloseAmbiguousCandidates { get; init; } = true;

    /// <summary>How often, in stream time, idle vessels are swept out of memory.</summary>
    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Most vessels (MMSIs) tracked at once. Anyone can transmit AIS under any MMSI, so a flood of distinct MMSIs must
    /// not grow memory without end (500,000 one-off MMSIs took 1.23 GB before this cap). When a new MMSI would pass
    /// the cap, the longest-silent tenth are closed and forgotten, as if their gap had run out, and counted in
    /// <see cref="TrackBuilderStats.VesselsEvictedForCapacity"/>. 100,000 is several times the vessels a regional
    /// feed hears in a day; about 1 KB of tracking state each.
    /// </summary>
    public int MaxVessels { get; init; } = 100_000;

    internal void Validate()
    {
        if (MaxVessels < 1) throw new ArgumentException("Track builder options out of range: MaxVessels must be at least 1.");
        if (!(MaxSpeedKnots > 0) || MaxGap <= TimeSpan.Zero || TimeBuffer < TimeSpan.Zero || ReorderWindow < TimeSpan.Zero
            || MaxOpenSegmentsPerVessel is < 1 or > 256 || ClashMinInterleaves < 1 || SweepInterval <= TimeSpan.Zero || ShortSegmentFixes < 1)
            throw new ArgumentException("Track builder options out of range.");
    }
}
