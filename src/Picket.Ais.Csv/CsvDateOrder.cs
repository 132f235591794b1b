namespace Picket.Ais.Csv;

/// <summary>How a CSV file writes its dates, decided per file (<see cref="CsvReadStatistics.DateOrder"/>).</summary>
public enum CsvDateOrder
{
    /// <summary>No date seen that tells: only ISO dates, or slashed dates with day and month both 12 or less.</summary>
    Unknown = 0,
    /// <summary>ISO 8601 <c>yyyy-MM-dd[T ]HH:mm:ss</c> (NOAA MarineCadastre).</summary>
    Iso = 1,
    /// <summary><c>dd/MM/yyyy HH:mm:ss</c> (Danish Maritime Authority, most of Europe).</summary>
    DayFirst = 2,
    /// <summary><c>MM/dd/yyyy HH:mm</c> (a US-locale spreadsheet's re-save of a NOAA file).</summary>
    MonthFirst = 3,
}
