namespace Picket.Store.Ingest;

/// <summary>
/// What the store knows about one input file, identified by <see cref="FileHash"/> whatever its name: how many lines
/// are committed (<see cref="LinesDone"/>), what they produced, and whether the file was read to its end.
/// </summary>
/// <param name="FileHash">SHA-256 of the file's bytes, hex: the entry's key.</param>
/// <param name="Path">The path it was last ingested from.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Format">Its format (<see cref="InputFormat"/>).</param>
/// <param name="LinesDone">Lines (CSV: rows) committed.</param>
/// <param name="Positions">Position rows it produced.</param>
/// <param name="Identities">Identity rows it produced.</param>
/// <param name="Rejected">Lines (CSV: rows) rejected.</param>
/// <param name="RejectedReasons">The rejections by reason (<see cref="Picket.Store.Ingest.RejectedReasons"/>), JSON; null when none were counted.</param>
/// <param name="Complete">True when the file was read to its end.</param>
public sealed record IngestLogEntry(
    string FileHash, string Path, long Size, string Format, long LinesDone, long Positions, long Identities,
    long Rejected, string? RejectedReasons, bool Complete);
