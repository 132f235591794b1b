namespace Picket.Ais.Csv;

/// <summary>
/// One row of an AIS CSV export, in the units of the decoded messages (degrees, knots, metres) with null for
/// "not available". The exports have already decoded the NMEA and joined static data to positions, so a row carries both.
/// </summary>
public sealed record CsvAisRecord
{
    /// <summary>MMSI of the reporting station (ITU-R M.585).</summary>
    public uint Mmsi { get; init; }
    /// <summary>
    /// Time of the report, UTC, as the export gives it (its date convention is noted in
    /// <see cref="CsvReadStatistics.DateOrderNote"/>).
    /// </summary>
    public DateTimeOffset Time { get; init; }
    /// <summary>Latitude in degrees (WGS 84), north positive; null when missing or not available (91°).</summary>
    public double? Latitude { get; init; }
    /// <summary>Longitude in degrees (WGS 84), east positive; null when missing or not available (181°).</summary>
    public double? Longitude { get; init; }
    /// <summary>Speed over ground in knots; null when missing or not available (102.3).</summary>
    public double? Speed { get; init; }
    /// <summary>Course over ground in degrees from true north; null when missing or not available (360).</summary>
    public double? Course { get; init; }
    /// <summary>True heading in degrees 0–359; null when missing or not available (511).</summary>
    public int? Heading { get; init; }
    /// <summary>Navigational status as the ITU code (0–15), when the export gives one.</summary>
    public int? Status { get; init; }
    /// <summary>Vessel name as exported; null when missing.</summary>
    public string? Name { get; init; }
    /// <summary>IMO number; null when missing or 0 (the exports write "IMO1234567" or a bare number).</summary>
    public int? Imo { get; init; }
    /// <summary>Call sign as exported; null when missing.</summary>
    public string? CallSign { get; init; }
    /// <summary>ITU ship-and-cargo type code (e.g. 80–89 tanker), when the export gives a number.</summary>
    public int? ShipType { get; init; }
    /// <summary>Ship type as text, when the export gives words (DMA: "Tanker").</summary>
    public string? ShipTypeText { get; init; }
    /// <summary>Overall length in metres (bow + stern in ITU-R M.1371-5 terms); null when missing or not positive.</summary>
    public double? Length { get; init; }
    /// <summary>Beam in metres (port + starboard); null when missing or not positive.</summary>
    public double? Width { get; init; }
    /// <summary>Draught in metres as last entered by the crew; null when missing or not positive.</summary>
    public double? Draught { get; init; }
    /// <summary>Destination as entered by the crew; null when missing.</summary>
    public string? Destination { get; init; }
    /// <summary>"A" or "B" when known.</summary>
    public string? TransceiverClass { get; init; }
}

/// <summary>Counts of a CSV read: rows, records produced, and rows rejected by reason.</summary>
public sealed class CsvReadStatistics
{
    /// <summary>Data rows read, the header not counted.</summary>
    public long Rows { get; internal set; }
    /// <summary>Records produced.</summary>
    public long Records { get; internal set; }
    /// <summary>Rows rejected, by reason (snake_case, e.g. <c>bad_mmsi</c>, <c>row_too_long</c>, <c>unknown_layout</c>).</summary>
    public Dictionary<string, long> Rejected { get; } = new(StringComparer.Ordinal);
    /// <summary>Rows rejected, all reasons together.</summary>
    public long RejectedRows => Rejected.Values.Sum();

    /// <summary>Why the file gave nothing or stopped early (unknown layout, unreadable structure); null when it read through.</summary>
    public string? Problem { get; internal set; }

    /// <summary>How the file writes dates, as decided from its first rows.</summary>
    public CsvDateOrder DateOrder { get; internal set; }

    /// <summary>The convention in words with its evidence ("day/month/year, shown by row 3 '27/02/2023 …'") or why it is assumed.</summary>
    public string? DateOrderNote { get; internal set; }

    internal void Reject(string reason, long count = 1) => Rejected[reason] = Rejected.GetValueOrDefault(reason) + count;

    /// <summary>A human-readable summary, one fact per line.</summary>
    public override string ToString() =>
        $"rows read: {Rows}\nrecords: {Records}\nrejected rows: {RejectedRows}\n" +
        string.Concat(Rejected.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"  {p.Key}: {p.Value}\n")) +
        (DateOrderNote is null ? "" : $"dates: {DateOrderNote}\n") +
        (Problem is null ? "" : $"problem: {Problem}\n");
}
