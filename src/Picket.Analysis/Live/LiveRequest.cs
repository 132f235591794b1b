using Picket.Core.Detection;
using Picket.Core.Input;
using Picket.Core.Tracks;

namespace Picket.Analysis.Live;

/// <summary>What a <see cref="LiveAnalysisJob"/> watches, where it writes, and how often it commits and checkpoints.</summary>
public sealed record LiveRequest
{
    /// <summary>The feeds, each read on its own thread; at least one.</summary>
    public required IReadOnlyList<LiveSource> Sources { get; init; }

    /// <summary>Where <c>events.jsonl</c>, <c>picket.duckdb</c> and the checkpoint go; a checkpoint there is resumed.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Write positions, identities and events into <c>picket.duckdb</c> as they come.</summary>
    public bool Store { get; init; } = true;

    /// <summary>
    /// The store to write into; null for <c>picket.duckdb</c> in <see cref="OutputDirectory"/>. A server that owns a store
    /// names it here: DuckDB shares one database between the connections a process opens to a file, so the job writes
    /// through the server's database instead of taking a second (refused) file lock.
    /// </summary>
    public string? StorePath { get; init; }

    /// <summary>A further sink every alert revision is published to as it is written (a server's live broadcast); null for none. It must not block.</summary>
    public Picket.Core.Alerts.IAlertSink? AlertObserver { get; init; }

    /// <summary>Told every fix the analysis takes, on the analysis thread, in order (a server's live map); null for none. It must be quick.</summary>
    public Action<VesselFix>? FixObserver { get; init; }

    /// <summary>A further JSON Lines file every alert also goes to (besides <c>alerts.jsonl</c> in the output directory); null for none.</summary>
    public string? AlertsFile { get; init; }

    /// <summary>The alert rules' thresholds; the documented defaults when null.</summary>
    public Picket.Analysis.Alerts.AlertOptions? Alerts { get; init; }

    /// <summary>The sea-event detectors' parameters (the batch job's defaults); null runs the track stage alone.</summary>
    public DetectionOptions? Detection { get; init; } = new();

    /// <summary>The track builder's parameters.</summary>
    public TrackBuilderOptions Tracks { get; init; } = new();

    /// <summary>How far a message's time may stray from its source's clock (as <see cref="AnalysisRequest.PlausibleTimeWindow"/>).</summary>
    public TimeSpan PlausibleTimeWindow { get; init; } = FeedClock.DefaultWindow;

    /// <summary>A checkpoint at most this long (wall time) after the last one.</summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A checkpoint after at most this many messages.</summary>
    public long CheckpointMessages { get; init; } = 2_000_000;

    /// <summary>The store commits a source's rows after this many messages or <see cref="StoreChunkInterval"/>, whichever comes first.</summary>
    public int StoreChunkMessages { get; init; } = 500_000;

    /// <summary>See <see cref="StoreChunkMessages"/>.</summary>
    public TimeSpan StoreChunkInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Stop (flushing everything) after this long without a message from any source; null watches until cancelled or every source has ended.</summary>
    public TimeSpan? StopWhenIdle { get; init; }

    /// <summary>The library's clock is advanced each time message time moves on this much (see <see cref="FeedClockTicker"/>).</summary>
    public TimeSpan ClockStep { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Batches (of about two thousand fixes) between the readers and the analysis, over all sources: the bound on queued memory.</summary>
    public int QueueBatches { get; init; } = 16;

    /// <summary>How often the status is reported.</summary>
    public TimeSpan StatusInterval { get; init; } = TimeSpan.FromSeconds(10);
}
