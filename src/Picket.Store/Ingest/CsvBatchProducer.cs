using System.Text;
using System.Threading.Channels;
using Picket.Ais.Csv;

namespace Picket.Store.Ingest;

/// <summary>
/// The decoding half of a CSV ingest (NOAA MarineCadastre, Danish Maritime Authority; read by <see cref="AisCsvReader"/>).
/// Each row carries a position and the vessel's identity; an identity row is stored only when a vessel's identity
/// differs from the last one it had in this file, so the identity history is not repeated once per position.
/// Resume works like NMEA: rows up to the committed row are re-read (rebuilding the same identity state) but not emitted.
/// </summary>
internal sealed class CsvBatchProducer(
    FileStream file, Stream input, long skipRows, ChannelReader<RowBatch> emptyBatches, ChannelWriter<RowBatch> fullBatches)
    : IBatchProducer
{
    private readonly CsvReadStatistics _stats = new();
    /// <summary>A fingerprint of each vessel's last identity: one int per vessel, so memory is bounded by fleet size.</summary>
    private readonly Dictionary<uint, int> _lastIdentity = [];
    private long _position;

    public long Position => Volatile.Read(ref _position);

    public async Task RunAsync(CancellationToken ct)
    {
        try
        {
            var batch = await emptyBatches.ReadAsync(ct).ConfigureAwait(false);
            foreach (var r in AisCsvReader.Read(input, _stats))
            {
                long row = _stats.Rows;
                bool emit = row > skipRows;
                if (emit && r.Latitude is { } lat && r.Longitude is { } lon)
                    batch.Positions[batch.PositionCount++] = ToPosition(r, lat, lon);
                int identity = HashCode.Combine(r.Name, r.Imo, r.CallSign, r.ShipType, r.Length, r.Width, r.Draught, r.Destination);
                if ((r.Name ?? r.CallSign ?? (object?)r.Imo) != null && (!_lastIdentity.TryGetValue(r.Mmsi, out int last) || last != identity))
                {
                    _lastIdentity[r.Mmsi] = identity;
                    if (emit) batch.Identities.Add(ToIdentity(r));
                }
                if (batch.IsFull)
                {
                    Volatile.Write(ref _position, file.Position);
                    batch = await CutAsync(batch, final: false, ct).ConfigureAwait(false);
                }
            }
            await CutAsync(batch, final: true, ct).ConfigureAwait(false);
            fullBatches.Complete();
        }
        catch (Exception e)
        {
            fullBatches.Complete(e);
        }
    }

    private async ValueTask<RowBatch> CutAsync(RowBatch batch, bool final, CancellationToken ct)
    {
        batch.LinesDone = _stats.Rows;
        batch.Rejected = _stats.RejectedRows;
        batch.Final = final;
        if (final) batch.RejectedReasons = ReasonsJson(_stats);
        await fullBatches.WriteAsync(batch, ct).ConfigureAwait(false);
        return final ? batch : await emptyBatches.ReadAsync(ct).ConfigureAwait(false);
    }

    private static PositionRow ToPosition(CsvAisRecord r, double lat, double lon) => new(
        r.Mmsi, r.Time.ToUnixTimeMilliseconds(),
        (int)Math.Round(lat * PositionRow.UnitsPerDegree), (int)Math.Round(lon * PositionRow.UnitsPerDegree),
        r.Speed is { } s && s >= 0 ? (ushort)Math.Min(Math.Round(s * 10), 1022) : PositionRow.NoValue,
        r.Course is { } c && c >= 0 ? (ushort)Math.Min(Math.Round(c * 10), 3599) : PositionRow.NoValue,
        r.Heading is { } h and >= 0 and < 360 ? (short)h : PositionRow.NoHeading,
        r.Status is { } st and >= 0 and <= 15 ? (byte)st : PositionRow.NoStatus,
        // The exports do not say which message a row came from; 0 marks "CSV, type unknown".
        0);

    private static IdentityRow ToIdentity(CsvAisRecord r) => new(
        r.Mmsi, r.Time.ToUnixTimeMilliseconds(), 0, null, r.Imo, r.CallSign, r.Name,
        r.ShipType is { } t and >= 0 and <= 255 ? (byte)t : null,
        r.Length is { } l ? (short)Math.Clamp(Math.Round(l), 0, short.MaxValue) : null,
        r.Width is { } w ? (short)Math.Clamp(Math.Round(w), 0, short.MaxValue) : null,
        r.Draught is { } d ? (float)d : null, r.Destination);

    private static string ReasonsJson(CsvReadStatistics stats)
    {
        var sb = new StringBuilder("{");
        foreach (var (reason, n) in stats.Rejected.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (sb.Length > 1) sb.Append(',');
            sb.Append('"').Append(System.Text.Encodings.Web.JavaScriptEncoder.Default.Encode(reason)).Append("\":").Append(n);
        }
        return sb.Append('}').ToString();
    }
}

/// <summary>The decoding half of an ingest, whatever the format: fills batches, completes the channel at the end.</summary>
internal interface IBatchProducer
{
    /// <summary>Bytes of the file read so far, for progress; safe to read from any thread.</summary>
    long Position { get; }

    Task RunAsync(CancellationToken ct);
}
