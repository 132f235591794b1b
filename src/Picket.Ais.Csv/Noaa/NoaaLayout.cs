using nietras.SeparatedValues;

namespace Picket.Ais.Csv.Noaa;

/// <summary>
/// NOAA/BOEM MarineCadastre "AIS vessel traffic" daily files:
/// <c>MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass</c>.
/// Times are UTC ISO 8601 without zone; IMO is written "IMO1234567"; VesselType and Status are numeric codes.
/// </summary>
internal sealed class NoaaLayout : ICsvLayout
{
    private readonly int _mmsi, _time, _lat, _lon, _sog, _cog, _heading, _name, _imo, _call, _type, _status, _length, _width, _draft, _class;

    private readonly CsvTimes _times;

    private NoaaLayout(CsvColumns c, CsvTimes times)
    {
        _times = times;
        _mmsi = c.Find("MMSI"); _time = c.Find("BaseDateTime"); _lat = c.Find("LAT"); _lon = c.Find("LON"); _sog = c.Find("SOG");
        _cog = c.Find("COG"); _heading = c.Find("Heading"); _name = c.Find("VesselName"); _imo = c.Find("IMO"); _call = c.Find("CallSign");
        _type = c.Find("VesselType"); _status = c.Find("Status"); _length = c.Find("Length"); _width = c.Find("Width");
        _draft = c.Find("Draft"); _class = c.Find("TransceiverClass");
    }

    /// <summary>What the layout needs, for the message about a file of unknown layout.</summary>
    public const string Description = "NOAA MarineCadastre (MMSI, BaseDateTime, LAT, LON, …)";

    /// <summary>
    /// NOAA publishes ISO 8601; slashed dates in this layout come from a US-locale spreadsheet re-save, so month first is
    /// assumed when the file's own dates do not tell.
    /// </summary>
    public const CsvDateOrder DateOrder = CsvDateOrder.MonthFirst;

    /// <summary>The column holding the time.</summary>
    public static int TimeColumn(CsvColumns c) => c.Find("BaseDateTime");

    public static bool Matches(CsvColumns c) => c.Has("MMSI") && c.Has("BaseDateTime");

    public static ICsvLayout? TryCreate(CsvColumns c, CsvTimes times) => Matches(c) ? new NoaaLayout(c, times) : null;

    /// <summary>The cell's text, or empty when the column is absent.</summary>
    private static ReadOnlySpan<char> Cell(SepReader.Row row, int column) => column < 0 ? default : row[column].Span;

    public CsvAisRecord? Read(SepReader.Row row, out string? reason)
    {
        reason = null;
        if (!CsvValues.TryMmsi(row[_mmsi].Span, out uint mmsi)) { reason = "bad_mmsi"; return null; }
        if (!_times.TryParse(row[_time].Span, out var t)) { reason = "bad_time"; return null; }
        return new CsvAisRecord
        {
            Mmsi = mmsi,
            Time = new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)),
            Latitude = CsvValues.Latitude(Cell(row, _lat)),
            Longitude = CsvValues.Longitude(Cell(row, _lon)),
            Speed = CsvValues.Speed(Cell(row, _sog)),
            Course = CsvValues.Course(Cell(row, _cog)),
            Heading = CsvValues.Heading(Cell(row, _heading)),
            Status = CsvValues.Int(Cell(row, _status)) is int s and >= 0 and <= 15 ? s : null,
            Name = CsvValues.Text(Cell(row, _name)),
            Imo = _imo < 0 ? null : CsvValues.Imo(row[_imo].Span),
            CallSign = CsvValues.Text(Cell(row, _call)),
            ShipType = CsvValues.Int(Cell(row, _type)) is int st and > 0 ? st : null,
            Length = CsvValues.Double(Cell(row, _length)) is double l and > 0 ? l : null,
            Width = CsvValues.Double(Cell(row, _width)) is double w and > 0 ? w : null,
            Draught = CsvValues.Double(Cell(row, _draft)) is double d and > 0 ? d : null,
            TransceiverClass = CsvValues.Text(Cell(row, _class)),
        };
    }
}
