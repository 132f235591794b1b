using Picket.Ais;
using Picket.Ais.Csv;
using Picket.Core.Input;
using Picket.Store.Ingest;

namespace Picket.Store.Tests.Support;

/// <summary>Drives <see cref="LiveIngest"/> the way <c>picket analyze</c> will: one decode pass per file, hashed as it is read.</summary>
internal static class LiveFeed
{
    public static async Task NmeaAsync(LiveIngest live, string path, CancellationToken ct)
    {
        await using var hashing = new HashingStream(File.OpenRead(path));
        var decoder = new AisDecoder();
        await NmeaStreamReader.ReadAsync(hashing, decoder, live, cancellationToken: ct);
        var stats = decoder.Statistics;
        live.EndFile(path, hashing.HashHex, new FileInfo(path).Length, InputFormat.Nmea, stats.Lines, stats.RejectedLines,
            RejectedReasons.Json(stats), complete: true);
    }

    public static void Csv(LiveIngest live, string path)
    {
        using var hashing = new HashingStream(File.OpenRead(path));
        var stats = new CsvReadStatistics();
        foreach (var record in AisCsvReader.Read(hashing, stats)) live.OnRecord(record);
        live.EndFile(path, hashing.HashHex, new FileInfo(path).Length, InputFormat.Csv, stats.Rows, stats.RejectedRows,
            RejectedReasons.Json(stats), complete: true);
    }
}
