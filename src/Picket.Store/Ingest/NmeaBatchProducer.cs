using Picket.Ais;
using Picket.Ais.Nmea;
using Picket.Core.Input;
using Picket.Core.Observations;

namespace Picket.Store.Ingest;

/// <summary>
/// The decoding half of an NMEA ingest: reads lines in bounded memory, decodes them and fills <see cref="RowBatch"/>es.
/// On a resumed file it decodes from the first line again (so fragment and PGHP state are exactly those of an
/// uninterrupted run) but drops every message that completed on a line at or before <c>skipLines</c>, the committed
/// point; decoding is several times cheaper than inserting, so the re-read costs little.
/// </summary>
internal sealed class NmeaBatchProducer(
    AisInput file, Stream input, long skipLines, BatchHandoff<RowBatch> batches)
    : IBatchProducer
{
    private long _position;

    /// <summary>Bytes of the file read so far (compressed bytes for gzip), for progress; safe to read from any thread.</summary>
    public long Position => Volatile.Read(ref _position);

    private const int BufferSize = 1 << 20;
    private readonly AisDecoder _decoder = new();
    private long _line;
    private RowBatch? _batch;
    private RowBatchFiller? _rows;

    public DecodeStatistics Statistics => _decoder.Statistics;

    /// <summary>Runs to the end of the input (or cancellation), then completes <c>batches</c>.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        try
        {
            _batch = batches.Rent();
            _rows = new RowBatchFiller(_batch);
            var buffer = new byte[BufferSize];
            int start = 0, end = 0;
            bool skipping = false, eof = false;
            while (!eof)
            {
                if (start > 0)
                {
                    buffer.AsSpan(start, end - start).CopyTo(buffer);
                    end -= start;
                    start = 0;
                }
                int n = await input.ReadAsync(buffer.AsMemory(end), ct).ConfigureAwait(false);
                if (n == 0) eof = true;
                Volatile.Write(ref _position, file.RawBytesRead);
                end += n;
                while (true)
                {
                    int nl = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                    if (nl < 0) break;
                    if (skipping) skipping = false;
                    else if (Line(buffer.AsSpan(start, nl))) await CutAsync(ct).ConfigureAwait(false);
                    start += nl + 1;
                }
                if (eof)
                {
                    if (end > start && !skipping && Line(buffer.AsSpan(start, end - start))) await CutAsync(ct).ConfigureAwait(false);
                }
                else if (start == 0 && end == buffer.Length)
                {
                    // A whole buffer without a line end: hand the decoder a prefix it will reject as too long, skip the rest.
                    if (!skipping && Line(buffer.AsSpan(0, 4096))) await CutAsync(ct).ConfigureAwait(false);
                    skipping = true;
                    start = end;
                }
            }
            _decoder.Flush();
            _batch.Final = true;
            _batch.RejectedReasons = RejectedReasons.Json(_decoder.Statistics);
            await CutAsync(ct).ConfigureAwait(false);
            batches.Complete();
        }
        catch (Exception e)
        {
            batches.Complete(e);
        }
    }

    /// <summary>Decodes one line into the current batch; true when the batch is full and must be handed on.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private bool Line(ReadOnlySpan<byte> line)
    {
        _line++;
        if (_decoder.Decode(line, out var payload) != LineOutcome.Message || _line <= skipLines) return false;
        return AisObservations.Map(payload, _rows!) && _batch!.IsFull;
    }

    private async ValueTask CutAsync(CancellationToken ct)
    {
        var batch = _batch!;
        batch.LinesDone = _line;
        batch.Rejected = _decoder.Statistics.RejectedLines;
        await batches.SendAsync(batch).ConfigureAwait(false);
        if (!batch.Final) _rows!.Batch = _batch = batches.Rent();
    }
}
