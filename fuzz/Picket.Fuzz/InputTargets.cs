using Picket.Ais;
using Picket.Ais.Csv;
using Picket.Ais.Nmea;
using Picket.Core.Input;
using Picket.Core.Observations;

namespace Picket.Fuzz;

/// <summary>
/// Bytes as an input file of unknown kind through <see cref="AisInput"/> — the one sniff (gzip, Parquet, a CSV header,
/// NMEA otherwise) and hash — read to its end the way the analysis does: CSV rows or NMEA lines into observations,
/// then the hash of every raw byte. An unreadable input is what <see cref="AisInput.OpenAsync"/> documents and the
/// analysis reports (<see cref="IOException"/>, <see cref="InvalidDataException"/>: a corrupt or truncated gzip);
/// anything else escaping is a crash.
/// </summary>
internal static class InputTargets
{
    public static void Input(ReadOnlySpan<byte> data)
    {
        var bytes = data.ToArray();
        try
        {
            ReadAsync(bytes).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            // reported by the analysis as "cannot read INPUT: …"
        }
    }

    static async Task ReadAsync(byte[] bytes)
    {
        var source = new StreamSource("fuzz", _ => ValueTask.FromResult<Stream>(new MemoryStream(bytes)));
        await using var input = await AisInput.OpenAsync(source);
        var sink = new CountingSink();
        if (input.Format == AisInputFormat.Csv)
        {
            var stats = new CsvReadStatistics();
            foreach (var record in AisCsvReader.Read(input.Content, stats)) CsvObservations.Map(record, sink);
        }
        else if (input.Format == AisInputFormat.Nmea)
        {
            var decoder = new AisDecoder();
            await NmeaStreamReader.ReadAsync(input.Content, decoder, new AisMessageObservations(sink));
        }

        var hash = await input.FinishHashAsync();
        if (hash.Length != 64) throw new InvalidOperationException($"hash '{hash}' is not SHA-256 hex");
    }

    sealed class CountingSink : IObservationSink
    {
        public long Seen;
        public void OnPosition(in PositionObservation p) => Seen++;
        public void OnIdentity(in IdentityObservation i) => Seen++;
    }
}
