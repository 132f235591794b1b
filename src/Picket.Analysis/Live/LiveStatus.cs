namespace Picket.Analysis.Live;

/// <summary>One source's counters in a <see cref="LiveStatus"/>.</summary>
/// <param name="Name">The source's name (its URL unless named <c>NAME=URL</c>).</param>
/// <param name="Connections">Connections made or accepted, UDP senders heard, files opened.</param>
/// <param name="Lines">Lines read.</param>
/// <param name="Messages">Messages that reached the analysis's reader: decoded, less the copies another receiver delivered first.</param>
/// <param name="Rejected">Lines the decoder refused (bad checksum, garbage, orphan fragments…), summed over reasons.</param>
/// <param name="Skipped">Messages skipped because the analysis already had them (a recording that started over).</param>
/// <param name="Done">The source has nothing more.</param>
public sealed record LiveSourceStatus(string Name, long Connections, long Lines, long Messages, long Rejected, long Skipped, bool Done)
{
    /// <summary>
    /// The live feed's counters of the source: rejections by reason, duplicates, reconnects, refused receivers, queue
    /// drops, lag (receive time − message time), the last error.
    /// </summary>
    public Picket.Core.Input.Live.LiveSourceSnapshot? Counters { get; init; }
}

/// <summary>One alert target's counters in a <see cref="LiveStatus"/> (<c>--alerts URL|FILE</c>).</summary>
/// <param name="Name">The target's URL or path.</param>
/// <param name="Delivered">Alert revisions the target took.</param>
/// <param name="Failures">Attempts that failed and were retried (the receiver down, 5xx, a timeout).</param>
/// <param name="Refused">Revisions the receiver refused for good (4xx other than 408 and 429).</param>
/// <param name="Skipped">Revisions not sent again because the target had them before a restart.</param>
/// <param name="BadLines">Lines of <c>alerts.jsonl</c> that were not alerts.</param>
/// <param name="PendingBytes">Bytes of <c>alerts.jsonl</c> the target has not had yet.</param>
public sealed record LiveDeliveryStatus(string Name, long Delivered, long Failures, long Refused, long Skipped, long BadLines, long PendingBytes);

/// <summary>
/// How a watch is doing: throughput, how far behind the analysis is, and each source's counters.
/// </summary>
/// <param name="Elapsed">Wall time since the watch started.</param>
/// <param name="Messages">Messages decoded since the start, over all sources.</param>
/// <param name="MessagesPerSecond">Messages decoded per second since the last status.</param>
/// <param name="Lag">Wall clock minus the newest message time analysed: the feed's delay plus the analysis's (meaningful on a real-time feed; a replay of old data shows its age).</param>
/// <param name="QueueDepth">Batches waiting for the analysis.</param>
/// <param name="QueueCapacity">Batches the queue holds at most; when it is full the readers wait and TCP pushes back.</param>
/// <param name="ReaderWaits">Times a reader waited for the analysis (backpressure applied).</param>
/// <param name="Events">Events written, the part kept from before a restart included.</param>
/// <param name="Alerts">Alert revisions written to <c>alerts.jsonl</c>, the part kept from before a restart included.</param>
/// <param name="Checkpoints">Checkpoints written by this process.</param>
/// <param name="Sources">Per-source counters.</param>
public sealed record LiveStatus(TimeSpan Elapsed, long Messages, double MessagesPerSecond, TimeSpan? Lag, int QueueDepth, int QueueCapacity,
    long ReaderWaits, long Events, long Alerts, int Checkpoints, IReadOnlyList<LiveSourceStatus> Sources)
{
    /// <summary>Per alert target (<c>--alerts</c>) counters; empty when there is none.</summary>
    public IReadOnlyList<LiveDeliveryStatus> Deliveries { get; init; } = [];

    /// <summary>Where the process's memory is and what the analysis holds per vessel; null when not measured.</summary>
    public LiveMemory? Memory { get; init; }
}

/// <summary>How a watch ended.</summary>
/// <param name="Status">The last status.</param>
/// <param name="Resumed">The watch went on from a checkpoint.</param>
/// <param name="Finished">Every source ended or the watch was idle for its limit: everything was flushed and the watch cannot be resumed; false when it was cancelled (it resumes from its last checkpoint).</param>
/// <param name="StoredPositions">Position rows handed to the store by this process.</param>
public sealed record LiveResult(LiveStatus Status, bool Resumed, bool Finished, long StoredPositions);
