namespace Picket.Ais.Csv;

/// <summary>
/// One row of an AIS CSV export, in the units of the decoded messages (degrees, knots, metres) with null for
/// "not available". The exports have already decoded the NMEA and joined static data to positions, so a row carries both.
/// </summary>
public sealed record CsvAisRecord
{
    public uint Mmsi { get; init; }
    public DateTimeOffset Time { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public double? Speed { get; init; }
    public double? Course { get; init; }
    public int? Heading { get; init; }
    /// <summary>Navigational status as the ITU code (0–15), when the export gives one.</summary>
    public int? Status { get; init; }
    public string? Name { get; init; }
    public int? Imo { get; init; }
    public string? CallSign { get; init; }
    /// <summary>ITU ship-and-cargo type code (e.g. 80–89 tanker), when the export gives a number.</summary>
    public int? ShipType { get; init; }
    /// <summary>Ship type as text, when the export gives words (DMA: "Tanker").</summary>
    public string? ShipTypeText { get; init; }
    public double? Length { get; init; }
    public double? Width { get; init; }
    public double? Draught { get; init; }
    public string? Destination { get; init; }
    /// <summary>"A" or "B" when known.</summary>
    public string? TransceiverClass { get; init; }
}

/// <summary>Counts of a CSV read: rows, records produced, and rows rejected by reason.</summary>
public sealed class CsvReadStatistics
{
    public long Rows { get; internal set; }
    public long Records { get; internal set; }
    public Dictionary<string, long> Rejected { get; } = new(StringComparer.Ordinal);
    public long RejectedRows => Rejected.Values.Sum();

    /// <summary>Why the file gave nothing or stopped early (unknown layout, unreadable structure); null when it read through.</summary>
    public string? Problem { get; internal set; }

    /// <summary>How the file writes dates, as decided from its first rows.</summary>
    public CsvDateOrder DateOrder { get; internal set; }

    /// <summary>The convention in words with its evidence ("day/month/year, shown by row 3 '27/02/2023 …'") or why it is assumed.</summary>
    public string? DateOrderNote { get; internal set; }

    internal void Reject(string reason, long count = 1) => Rejected[reason] = Rejected.GetValueOrDefault(reason) + count;

    public override string ToString() =>
        $"rows read: {Rows}\nrecords: {Records}\nrejected rows: {RejectedRows}\n" +
        string.Concat(Rejected.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"  {p.Key}: {p.Value}\n")) +
        (DateOrderNote is null ? "" : $"dates: {DateOrderNote}\n") +
        (Problem is null ? "" : $"problem: {Problem}\n");
}
