namespace Picket.Store.Ingest;

/// <summary>How an ingest batches its work.</summary>
public sealed record IngestOptions
{
    /// <summary>Rows per batch handed from the decoding thread to the writing thread.</summary>
    public int BatchRows { get; init; } = 1 << 16;

    /// <summary>
    /// Rows per transaction. Each commit writes the rows and the ingest-log progress together; larger means fewer
    /// commits (faster), smaller means less work redone after a crash.
    /// </summary>
    public long CommitRows { get; init; } = 2_000_000;

    /// <summary>
    /// DuckDB worker threads while ingesting NMEA. One: the appender does its work on the calling thread anyway,
    /// and idle DuckDB workers competing with the decoding thread cost more than they give on a small machine
    /// (measured on 2 cores: roughly 1.6 M vs 0.9 M appended rows per CPU-second; bench/Picket.Bench.Store --probe-appenders).
    /// Null leaves DuckDB's default (one per core).
    /// </summary>
    public int? DuckDbThreads { get; init; } = 1;

    /// <summary>
    /// DuckDB's memory limit while ingesting. Its buffer pool otherwise keeps every block it writes cached up to 80% of
    /// RAM, so the process grows with the file (measured peak: 318 MB for 5 M positions, 740 MB for 20 M; with 256 MB
    /// still 262 vs 450 MB). Blocks already on disk can be evicted, so a small limit costs no speed (measured: 64 MB,
    /// 206 vs 268 MB peak, same rate) and DuckDB spills to a temporary file if it ever needs more. Null leaves the default.
    /// </summary>
    public string? DuckDbMemoryLimit { get; init; } = "64MB";
}

/// <summary>A snapshot of a running ingest, for progress display.</summary>
/// <remarks><see cref="CommittedLines"/> is the file's durable point: a crash now loses nothing before it.</remarks>
/// <param name="Path">The file being ingested.</param>
/// <param name="BytesRead">Bytes of the file read so far (compressed bytes for a gzip).</param>
/// <param name="BytesTotal">The file's size in bytes.</param>
/// <param name="Positions">Position rows appended so far by this run.</param>
/// <param name="Identities">Identity rows appended so far by this run.</param>
/// <param name="CommittedLines">Lines (CSV: rows) committed with the log.</param>
/// <param name="Elapsed">Time since this file's ingest started.</param>
public readonly record struct IngestProgress(string Path, long BytesRead, long BytesTotal, long Positions, long Identities,
    long CommittedLines, TimeSpan Elapsed);

/// <summary>What happened to one file.</summary>
public enum IngestStatus
{
    /// <summary>Read to the end and committed (possibly continuing an earlier interrupted run).</summary>
    Ingested,
    /// <summary>The same content was already ingested completely; nothing added.</summary>
    AlreadyIngested,
    /// <summary>Stopped by cancellation; what was committed stays and the next ingest resumes after it.</summary>
    Interrupted,
    /// <summary>The file could not be read or is not a format we ingest; see <see cref="FileIngestResult.Error"/>.</summary>
    Failed,
}

/// <summary>The outcome of ingesting one file. Counts are of rows added by this run; <see cref="Log"/> holds the totals.</summary>
/// <param name="Path">The file.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Format">Its format as the log names it (<see cref="InputFormat"/>), or "?" when unknown.</param>
/// <param name="PositionsAdded">Position rows added by this run.</param>
/// <param name="IdentitiesAdded">Identity rows added by this run.</param>
/// <param name="ResumedFromLine">The line this run started after (0 for a fresh file).</param>
/// <param name="Log">The file's <c>ingest_log</c> entry after this run; null when it failed before one was written.</param>
/// <param name="Elapsed">How long this run took for the file.</param>
/// <param name="Error">Why it failed; null otherwise.</param>
public sealed record FileIngestResult(
    string Path, IngestStatus Status, string Format, long PositionsAdded, long IdentitiesAdded, long ResumedFromLine,
    IngestLogEntry? Log, TimeSpan Elapsed, string? Error = null);
