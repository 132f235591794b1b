using Picket.Ais.Csv;
using Picket.Core.Input;
using Picket.Core.Observations;

namespace Picket.Store.Ingest;

/// <summary>
/// The decoding half of a CSV ingest (NOAA MarineCadastre, Danish Maritime Authority; read by <see cref="AisCsvReader"/>).
/// Rows become store rows through <see cref="CsvObservations"/>, the mapping the analysis uses, and
/// <see cref="RowBatchFiller"/> (identity rows only when a vessel's identity changes).
/// Resume works like NMEA: rows up to the committed row are re-read (rebuilding the same identity state) but not emitted.
/// </summary>
internal sealed class CsvBatchProducer(
    AisInput file, Stream input, long skipRows, BatchHandoff<RowBatch> batches)
    : IBatchProducer
{
    private readonly CsvReadStatistics _stats = new();
    private long _position;

    public long Position => Volatile.Read(ref _position);

    public async Task RunAsync(CancellationToken ct)
    {
        try
        {
            var batch = batches.Rent();
            var rows = new RowBatchFiller(batch);
            foreach (var r in AisCsvReader.Read(input, _stats))
            {
                // Every row passes through the filler, emitted or not, so a resume rebuilds the same identity state.
                rows.Emit = _stats.Rows > skipRows;
                CsvObservations.Map(r, rows);
                if (batch.IsFull)
                {
                    Volatile.Write(ref _position, file.RawBytesRead);
                    rows.Batch = batch = await CutAsync(batch, final: false, ct).ConfigureAwait(false);
                }
            }
            await CutAsync(batch, final: true, ct).ConfigureAwait(false);
            batches.Complete();
        }
        catch (Exception e)
        {
            batches.Complete(e);
        }
    }

    private async ValueTask<RowBatch> CutAsync(RowBatch batch, bool final, CancellationToken ct)
    {
        batch.LinesDone = _stats.Rows;
        batch.Rejected = _stats.RejectedRows;
        batch.Final = final;
        if (final) batch.RejectedReasons = RejectedReasons.Json(_stats);
        await batches.SendAsync(batch).ConfigureAwait(false);
        return final ? batch : batches.Rent();
    }
}

/// <summary>The decoding half of an ingest, whatever the format: fills batches, completes the channel at the end.</summary>
internal interface IBatchProducer
{
    /// <summary>Bytes of the file read so far, for progress; safe to read from any thread.</summary>
    long Position { get; }

    Task RunAsync(CancellationToken ct);
}
