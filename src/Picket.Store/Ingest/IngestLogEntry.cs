namespace Picket.Store.Ingest;

/// <summary>
/// What the store knows about one input file, identified by <see cref="FileHash"/> whatever its name: how many lines
/// are committed (<see cref="LinesDone"/>), what they produced, and whether the file was read to its end.
/// </summary>
public sealed record IngestLogEntry(
    string FileHash, string Path, long Size, string Format, long LinesDone, long Positions, long Identities,
    long Rejected, string? RejectedReasons, bool Complete);
