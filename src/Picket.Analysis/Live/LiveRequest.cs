using Picket.Core.Detection;
using Picket.Core.Input;
using Picket.Core.Tracks;

namespace Picket.Analysis.Live;

/// <summary>What a <see cref="LiveAnalysisJob"/> watches, where it writes, and how often it commits and checkpoints.</summary>
public sealed record LiveRequest
{
    /// <summary>
    /// The feeds, read together through the library's live feed (<see cref="Picket.Core.Input.Live.LiveFeed"/>); at
    /// least one, names distinct. <see cref="Picket.Core.Input.Live.LiveSourceAddress.TryParseArgument"/> reads them as
    /// the command line writes them.
    /// </summary>
    public required IReadOnlyList<Picket.Core.Input.Live.LiveSourceAddress> Sources { get; init; }

    /// <summary>
    /// The live feed's limits (reconnection backoff, idle timeout, de-duplication window, listener caps, what <c>-</c>
    /// reads); <see cref="FeedReader.DefaultOptions"/> when null.
    /// </summary>
    public Picket.Core.Input.Live.LiveFeedOptions? FeedOptions { get; init; }

    /// <summary>Told, once the sources are started, where each <c>tcp-listen://</c> and <c>udp://</c> source is bound (the port chosen for port 0).</summary>
    public Action<string, System.Net.EndPoint>? Listening { get; init; }

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

    /// <summary>Further JSON Lines files every alert revision is copied to from <c>alerts.jsonl</c>, each once, across restarts (<c>--alerts FILE</c>).</summary>
    public IReadOnlyList<string> AlertFiles { get; init; } = [];

    /// <summary>Receivers every alert revision is posted to from <c>alerts.jsonl</c>, signed, each once, across outages and restarts (<c>--alerts URL</c>).</summary>
    public IReadOnlyList<Picket.Reporting.Alerts.WebhookTarget> Webhooks { get; init; } = [];

    /// <summary>How long a finishing watch waits for its alert targets to take what is left in <c>alerts.jsonl</c> (a cancelled one does not wait: its cursors resume).</summary>
    public TimeSpan AlertsDrainTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Sanctions lists (a directory, read as <c>picket analyze --lists</c> reads it): a vessel they list is watched like the user's watchlist (<c>watchlist_dark</c>, <c>watchlist_identity</c>); null for none.</summary>
    public string? ListsDirectory { get; init; }

    /// <summary>The user's watchlist (IMO/MMSI/name, CSV or JSON as <see cref="Picket.Analysis.Alerts.WatchlistFile"/> reads it), read again when it changes; null for none.</summary>
    public string? WatchlistFile { get; init; }

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
