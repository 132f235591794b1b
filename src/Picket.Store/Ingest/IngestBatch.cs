namespace Picket.Store.Ingest;

/// <summary>What an <see cref="IngestBatch"/> did: one result per file attempted, in order.</summary>
public sealed record IngestBatchResult(IReadOnlyList<FileIngestResult> Files)
{
    /// <summary>True when a file was stopped by cancellation (what was committed stays; the next run resumes after it).</summary>
    public bool Interrupted => Files.Any(f => f.Status == IngestStatus.Interrupted);

    /// <summary>True when a file could not be read or is not a format the store ingests.</summary>
    public bool AnyFailed => Files.Any(f => f.Status == IngestStatus.Failed);
}

/// <summary>
/// Ingests several files into one store, one after the other, each idempotently and resumably
/// (<see cref="StoreIngestor"/>), then refreshes the vessel summary once. A file that fails is recorded and the next
/// one is read; cancellation stops before the next file and leaves every commit in place.
/// </summary>
public static class IngestBatch
{
    /// <summary>Ingests <paramref name="files"/> into <paramref name="store"/>.</summary>
    /// <param name="store">The open store every file goes into.</param>
    /// <param name="files">AIS files (NMEA or CSV, plain or gzip), read in this order.</param>
    /// <param name="options">Ingest settings (batch size, bad-line limits), or null for the defaults.</param>
    /// <param name="progressFor">The progress sink for a file (by path), or null for none.</param>
    /// <param name="onFileDone">Told each file's result as soon as it is known (a host prints it).</param>
    /// <param name="cancellationToken">Stops before the next file; commits already made stay.</param>
    public static async Task<IngestBatchResult> RunAsync(StoreDatabase store, IReadOnlyList<string> files, IngestOptions? options = null,
        Func<string, IProgress<IngestProgress>?>? progressFor = null, Action<FileIngestResult>? onFileDone = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(files);
        var ingestor = new StoreIngestor(store, options);
        var results = new List<FileIngestResult>(files.Count);
        foreach (var file in files)
        {
            if (cancellationToken.IsCancellationRequested) break;
            var result = await ingestor.IngestAsync(file, progressFor?.Invoke(file), cancellationToken).ConfigureAwait(false);
            results.Add(result);
            onFileDone?.Invoke(result);
        }

        store.RefreshVessels();
        return new IngestBatchResult(results);
    }
}
