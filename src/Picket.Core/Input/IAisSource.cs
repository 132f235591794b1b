namespace Picket.Core.Input;

/// <summary>
/// Where AIS comes from: a file, standard input, and (for a live watcher) a TCP or UDP feed. A source only opens its
/// bytes; what they are — gzip or plain, NMEA, CSV export or Parquet — is found from the bytes themselves, in one
/// place, by <see cref="AisInput.OpenAsync(IAisSource, Action{int}, CancellationToken)"/>, which also hashes them. Like a Serilog sink, one small interface that
/// every host implements and the pipeline composes.
/// </summary>
public interface IAisSource
{
    /// <summary>What messages and reports call the source: a path, <c>-</c> for standard input, a URL.</summary>
    string Name { get; }

    /// <summary>
    /// True when the bytes are a file that can be read again: its content hash is then its identity in the store
    /// (ingest log, resume, "already ingested"). A stream (standard input, a network feed) has no such identity.
    /// </summary>
    bool IsFile { get; }

    /// <summary>The number of bytes, when known beforehand (for progress); null for a stream.</summary>
    long? Length { get; }

    /// <summary>Opens the raw bytes. A stream source may be opened once only.</summary>
    ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default);
}
