using System.IO.Compression;
using Picket.Ais.Csv;

namespace Picket.Core.Input;

/// <summary>
/// An opened <see cref="IAisSource"/>: its content (gzip undone), what the content is, and the SHA-256 of the raw
/// bytes as they were read. The one place where inputs are sniffed — gzip by its magic (RFC 1952: 1F 8B), Parquet by
/// <c>PAR1</c>, a CSV export by a header naming an MMSI column, NMEA otherwise — and hashed, for the analysis, the
/// store's ingest and the live ingest alike. Sniffing takes the first bytes and gives them back
/// (<see cref="HeadReplayStream"/>), so it works on streams that cannot seek and the hash sees every byte once, in order.
/// </summary>
public sealed class AisInput : IAsyncDisposable, IDisposable
{
    /// <summary>Decompressed bytes looked at to tell a CSV header from NMEA.</summary>
    public const int SniffBytes = 4096;

    private readonly HashingStream? _hashing;
    private readonly CountingStream _raw;

    /// <summary>
    /// A truncated gzip member must be an error, not the end of the file (RFC 1952: every member ends with its CRC32
    /// and length). .NET's inflater returns end-of-stream when the compressed input runs out unless this switch is on;
    /// it is read once, when the first deflate stream of the process is made, so hosts should also set it in their
    /// runtime configuration (the CLI does).
    /// </summary>
    static AisInput() => AppContext.SetSwitch("System.IO.Compression.UseStrictValidation", true);

    private AisInput(IAisSource source, HashingStream? hashing, CountingStream raw, Stream content, AisInputFormat format, bool compressed)
    {
        Source = source;
        _hashing = hashing;
        _raw = raw;
        Content = content;
        Format = format;
        Compressed = compressed;
    }

    /// <summary>The source that was opened.</summary>
    public IAisSource Source { get; }

    /// <summary>What the content is.</summary>
    public AisInputFormat Format { get; }

    /// <summary>True when the raw bytes were gzip.</summary>
    public bool Compressed { get; }

    /// <summary>The content from its first byte, decompressed; read it once, forward.</summary>
    public Stream Content { get; }

    /// <summary>Raw bytes (compressed, for gzip) read so far, for progress; safe to read from any thread.</summary>
    public long RawBytesRead => _raw.Bytes;

    /// <summary>
    /// The lower-case hex SHA-256 of the raw bytes (as <see cref="FileHash.Compute"/> of a file), once they were read
    /// to their end; null before, and always null when opened without hashing. See <see cref="FinishHashAsync"/>.
    /// </summary>
    public string? ContentHash => _hashing is { HashComplete: true } h ? h.HashHex : null;

    /// <summary>
    /// The hash of all the raw bytes: reads what the content's reader left unread (a gzip reader stops at the end of
    /// its last member; a decoder that broke off stops early) and returns <see cref="ContentHash"/>. For a file, this
    /// is its key in the store whatever happened to the decoding; for a stream it waits for the stream to end.
    /// </summary>
    /// <exception cref="InvalidOperationException">The input was opened without hashing.</exception>
    public async Task<string> FinishHashAsync(CancellationToken cancellationToken = default)
    {
        if (_hashing == null) throw new InvalidOperationException("the input was opened without hashing");
        if (ContentHash is { } done) return done;
        var scratch = new byte[1 << 16];
        while (await _raw.ReadAsync(scratch, cancellationToken).ConfigureAwait(false) > 0) { }
        return ContentHash ?? throw new InvalidOperationException("the input was read out of order; hash the file instead");
    }

    /// <summary>Opens <paramref name="source"/> and finds what it holds.</summary>
    /// <param name="source">What to open.</param>
    /// <param name="onRawRead">Told the size of each raw read (progress in bytes of the file as stored).</param>
    /// <param name="cancellationToken">Stops opening and sniffing.</param>
    /// <exception cref="IOException">The source cannot be opened or read.</exception>
    /// <exception cref="InvalidDataException">The gzip header is corrupt.</exception>
    public static Task<AisInput> OpenAsync(IAisSource source, Action<int>? onRawRead = null, CancellationToken cancellationToken = default) =>
        OpenAsync(source, hashContent: true, onRawRead, cancellationToken);

    /// <summary>Opens <paramref name="source"/> and finds what it holds, hashing the raw bytes only when asked.</summary>
    /// <param name="source">Where the bytes come from.</param>
    /// <param name="hashContent">
    /// False when nobody needs the hash (an analysis without a store, a decode to the console): SHA-256 of the raw
    /// bytes costs about a tenth of a microsecond per message (half a second of CPU on the 5.3 M-message demo feed). <see cref="ContentHash"/>
    /// is then null and <see cref="FinishHashAsync"/> throws.
    /// </param>
    /// <param name="onRawRead">Told the size of each raw read (progress in bytes of the file as stored).</param>
    /// <param name="cancellationToken">Stops the opening and the sniffing reads.</param>
    /// <exception cref="IOException">The source cannot be opened or read.</exception>
    /// <exception cref="InvalidDataException">The gzip header is corrupt.</exception>
    public static async Task<AisInput> OpenAsync(IAisSource source, bool hashContent, Action<int>? onRawRead = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var opened = await source.OpenAsync(cancellationToken).ConfigureAwait(false);
        var hashing = hashContent ? new HashingStream(opened) : null;
        var raw = new CountingStream((Stream?)hashing ?? opened, onRawRead);
        Stream? content = null;
        try
        {
            var magic = new byte[4];
            int m = await HeadReplayStream.TakeHeadAsync(raw, magic, cancellationToken).ConfigureAwait(false);
            Stream stream = new HeadReplayStream(magic, m, raw);
            bool gzip = m >= 2 && magic[0] == 0x1F && magic[1] == 0x8B;
            if (m == 4 && magic.AsSpan().SequenceEqual("PAR1"u8))
                return new AisInput(source, hashing, raw, content = stream, AisInputFormat.Parquet, compressed: false);
            if (gzip) stream = new GZipStream(stream, CompressionMode.Decompress);
            var head = new byte[SniffBytes];
            int n = await HeadReplayStream.TakeHeadAsync(stream, head, cancellationToken).ConfigureAwait(false);
            var format = AisCsvReader.LooksLikeCsv(head.AsSpan(0, n)) ? AisInputFormat.Csv : AisInputFormat.Nmea;
            return new AisInput(source, hashing, raw, content = new HeadReplayStream(head, n, stream), format, gzip);
        }
        finally
        {
            if (content == null) await raw.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Opens a file, finds what it holds, and closes it: for choosing how to read it before reading.</summary>
    public static AisInputFormat Sniff(string path)
    {
        using var input = OpenAsync(new FileSource(path)).GetAwaiter().GetResult();
        return input.Format;
    }

    /// <summary>Closes the content and, through it, the source's stream.</summary>
    public void Dispose() => Content.Dispose();

    /// <summary>Closes the content and, through it, the source's stream.</summary>
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
