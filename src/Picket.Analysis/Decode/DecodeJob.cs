using Picket.Ais;
using Picket.Ais.Csv;
using Picket.Ais.Nmea;
using Picket.Core.Input;
using Picket.Reporting.Decoded;

namespace Picket.Analysis.Decode;

/// <summary>One input of a <see cref="DecodeJob"/> and what became of it.</summary>
/// <param name="Name">The input as named (a path, or <c>-</c> for standard input).</param>
/// <param name="Nmea">Lines, messages per type and rejected lines by reason, for an NMEA input.</param>
/// <param name="Csv">Rows read and rejected, for a CSV export; null for NMEA.</param>
/// <param name="Error">Why the input could not be read to its end (missing, unreadable, a truncated gzip), or null.</param>
public sealed record DecodedInput(string Name, DecodeStatistics Nmea, CsvReadStatistics? Csv, string? Error);

/// <summary>What a <see cref="DecodeJob"/> did: each input's counts, and the NMEA counts of all of them together.</summary>
/// <param name="Inputs">Each input's counts, in the order given.</param>
/// <param name="Total">The NMEA counts over all inputs.</param>
public sealed record DecodeResult(IReadOnlyList<DecodedInput> Inputs, DecodeStatistics Total)
{
    /// <summary>True when every input was read to its end (rejected lines are counted, not failures).</summary>
    public bool Complete => Inputs.All(i => i.Error is null);
}

/// <summary>
/// Decodes AIS inputs (NMEA or CSV exports, plain or gzip, found from the bytes: one open for every host) into a
/// <see cref="DecodedMessageWriter"/>, one input after the other, with bounded memory (lines are read through a pipe
/// in bounded buffers). An input that cannot be read is recorded in its <see cref="DecodedInput.Error"/> and the next
/// one is read; nothing is printed, no exit code chosen.
/// </summary>
public static class DecodeJob
{
    /// <summary>Decodes <paramref name="inputs"/> in order into <paramref name="sink"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<DecodeResult> RunAsync(IReadOnlyList<IAisSource> inputs, DecodedMessageWriter sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(sink);
        var total = new DecodeStatistics();
        var done = new List<DecodedInput>(inputs.Count);
        foreach (var source in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var decoder = new AisDecoder();
            CsvReadStatistics? csv = null;
            string? error = null;
            try
            {
                await using var input = await AisInput.OpenAsync(source, cancellationToken: cancellationToken).ConfigureAwait(false);
                if (input.Format == AisInputFormat.Csv)
                {
                    csv = new CsvReadStatistics();
                    foreach (var record in AisCsvReader.Read(input.Content, csv))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        sink.WriteCsvRecord(record);
                    }
                }
                else
                {
                    await NmeaStreamReader.ReadAsync(input.Content, decoder, sink, cancellationToken: cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                error = e.Message;
            }

            total.Add(decoder.Statistics);
            done.Add(new DecodedInput(source.Name, decoder.Statistics, csv, error));
        }

        return new DecodeResult(done, total);
    }
}
