using nietras.SeparatedValues;

namespace Picket.Ais.Csv.Dma;

/// <summary>
/// Danish Maritime Authority daily AIS files: <c># Timestamp,Type of mobile,MMSI,Latitude,Longitude,Navigational status,
/// ROT,SOG,COG,Heading,IMO,Callsign,Name,Ship type,Cargo type,Width,Length,Type of position fixing device,Draught,
/// Destination,ETA,Data source type,A,B,C,D</c>. Times are "dd/MM/yyyy HH:mm:ss" UTC (the file's rows may prove otherwise, see <see cref="CsvTimes"/>); status and ship type are words;
/// "Unknown" marks missing values; "Type of mobile" is "Class A", "Class B", "Base Station", ….
/// </summary>
internal sealed class DmaLayout : ICsvLayout
{
    private readonly int _time, _mobile, _mmsi, _lat, _lon, _status, _sog, _cog, _heading, _imo, _call, _name, _type, _width, _length, _draught, _destination;

    private readonly CsvTimes _times;

    private DmaLayout(CsvColumns c, CsvTimes times)
    {
        _times = times;
        _time = c.Find("Timestamp"); _mobile = c.Find("Type of mobile"); _mmsi = c.Find("MMSI"); _lat = c.Find("Latitude");
        _lon = c.Find("Longitude"); _status = c.Find("Navigational status"); _sog = c.Find("SOG"); _cog = c.Find("COG");
        _heading = c.Find("Heading"); _imo = c.Find("IMO"); _call = c.Find("Callsign"); _name = c.Find("Name"); _type = c.Find("Ship type");
        _width = c.Find("Width"); _length = c.Find("Length"); _draught = c.Find("Draught"); _destination = c.Find("Destination");
    }

    /// <summary>What the layout needs, for the message about a file of unknown layout.</summary>
    public const string Description = "the Danish Maritime Authority (Timestamp, MMSI, Latitude, Longitude, …)";

    /// <summary>The convention DMA documents for its files, used when a file's own dates do not tell.</summary>
    public const CsvDateOrder DateOrder = CsvDateOrder.DayFirst;

    /// <summary>The column holding the time.</summary>
    public static int TimeColumn(CsvColumns c) => c.Find("Timestamp");

    public static bool Matches(CsvColumns c) => c.Has("Timestamp") && c.Has("MMSI") && c.Has("Latitude");

    public static ICsvLayout? TryCreate(CsvColumns c, CsvTimes times) => Matches(c) ? new DmaLayout(c, times) : null;

    /// <summary>The cell's text, or empty when the column is absent.</summary>
    private static ReadOnlySpan<char> Cell(SepReader.Row row, int column) => column < 0 ? default : row[column].Span;

    public CsvAisRecord? Read(SepReader.Row row, out string? reason)
    {
        reason = null;
        if (!CsvValues.TryMmsi(row[_mmsi].Span, out uint mmsi)) { reason = "bad_mmsi"; return null; }
        if (!_times.TryParse(row[_time].Span, out var t)) { reason = "bad_time"; return null; }
        string? mobile = CsvValues.Text(Cell(row, _mobile));
        return new CsvAisRecord
        {
            Mmsi = mmsi,
            Time = new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)),
            Latitude = CsvValues.Latitude(Cell(row, _lat)),
            Longitude = CsvValues.Longitude(Cell(row, _lon)),
            Speed = CsvValues.Speed(Cell(row, _sog)),
            Course = CsvValues.Course(Cell(row, _cog)),
            Heading = CsvValues.Heading(Cell(row, _heading)),
            Status = NavigationStatusFromText(CsvValues.Text(Cell(row, _status))),
            Name = CsvValues.Text(Cell(row, _name)),
            Imo = _imo < 0 ? null : CsvValues.Imo(row[_imo].Span),
            CallSign = CsvValues.Text(Cell(row, _call)),
            ShipTypeText = CsvValues.Text(Cell(row, _type)),
            Width = CsvValues.Double(Cell(row, _width)) is double w and > 0 ? w : null,
            Length = CsvValues.Double(Cell(row, _length)) is double l and > 0 ? l : null,
            Draught = CsvValues.Double(Cell(row, _draught)) is double d and > 0 ? d : null,
            Destination = CsvValues.Text(Cell(row, _destination)),
            TransceiverClass = mobile switch { "Class A" => "A", "Class B" => "B", _ => null },
        };
    }

    /// <summary>DMA writes the ITU navigational status (M.1371-5 Table 48) as words.</summary>
    internal static int? NavigationStatusFromText(string? text) => text?.ToLowerInvariant() switch
    {
        "under way using engine" => 0,
        "at anchor" => 1,
        "not under command" => 2,
        "restricted maneuverability" or "restricted manoeuvrability" => 3,
        "constrained by her draught" => 4,
        "moored" => 5,
        "aground" => 6,
        "engaged in fishing" => 7,
        "under way sailing" => 8,
        "ais-sart" or "ais-sart active" => 14,
        _ => null,
    };
}
