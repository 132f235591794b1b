using Picket.Ais.Csv;

namespace Picket.Store.Ingest;

/// <summary>Recognises an input file by its first bytes, never by its name.</summary>
public static class InputFormat
{
    /// <summary>
    /// A truncated gzip member must be an error, not the end of the file (RFC 1952: every member ends with its CRC32
    /// and length). .NET's inflater returns end-of-stream when the compressed input runs out unless this switch is on;
    /// it is read once, when the first deflate stream of the process is made, so hosts should also set it in their
    /// runtime configuration (the CLI does).
    /// </summary>
    static InputFormat() => AppContext.SetSwitch("System.IO.Compression.UseStrictValidation", true);

    public const string Nmea = "nmea";
    public const string Parquet = "parquet";
    public const string Csv = "csv";

    public static string Detect(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        Span<byte> head = stackalloc byte[4];
        int n = file.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        // Apache Parquet files begin (and end) with the magic "PAR1".
        if (n == 4 && head.SequenceEqual("PAR1"u8)) return Parquet;
        file.Position = 0;
        using var text = Picket.Ais.NmeaStreamReader.OpenFile(path);
        var first = new byte[4096];
        int m = text.ReadAtLeast(first, first.Length, throwOnEndOfStream: false);
        return AisCsvReader.LooksLikeCsv(first.AsSpan(0, m)) ? Csv : Nmea;
    }

    /// <summary>True when the stream starts with the gzip magic (RFC 1952: 1F 8B); the position is restored.</summary>
    public static bool IsGzip(Stream stream)
    {
        Span<byte> magic = stackalloc byte[2];
        long at = stream.Position;
        int n = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        stream.Position = at;
        return n == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
    }
}
