namespace Picket.Analysis;

/// <summary>What an <see cref="AnalysisProgress"/> report is about.</summary>
public enum AnalysisProgressKind
{
    /// <summary>More of the inputs was read: <see cref="AnalysisProgress.BytesRead"/> of <see cref="AnalysisProgress.BytesTotal"/>.</summary>
    Reading,
    /// <summary>An input was read to its end: <see cref="AnalysisProgress.Input"/>, with the lines and positions so far.</summary>
    InputRead,
    /// <summary>A phase ended (<see cref="AnalysisProgress.Message"/> names it); reading is over with <see cref="AnalysisProgress.ReadingPhase"/>.</summary>
    PhaseDone,
    /// <summary>Something the user should know that does not stop the run (an unreadable input, a list left out, rows skipped).</summary>
    Notice,
}

/// <summary>
/// One progress report of an <see cref="AnalysisJob"/>, delivered synchronously on the job's thread (hosts that show it
/// elsewhere marshal it themselves). Bytes are of the files as stored, so a <c>.gz</c> input advances by compressed bytes.
/// </summary>
/// <param name="Kind">What the report is about.</param>
/// <param name="Message">The phase's name or the notice's text; null for plain reading progress.</param>
/// <param name="Input">The input the report concerns, as given; null when it concerns none in particular.</param>
/// <param name="BytesRead">Bytes of all inputs read so far.</param>
/// <param name="BytesTotal">Bytes of all inputs together; 0 when unknown (standard input).</param>
/// <param name="Lines">Input lines (NMEA sentences or CSV rows) read so far.</param>
/// <param name="Positions">Positions decoded so far.</param>
public readonly record struct AnalysisProgress(AnalysisProgressKind Kind, string? Message = null, string? Input = null,
    long BytesRead = 0, long BytesTotal = 0, long Lines = 0, long Positions = 0)
{
    /// <summary>The phase that reads, decodes, tracks and detects: when it is done, every input has been read.</summary>
    public const string ReadingPhase = "read_decode_track_detect";

    /// <summary>A <see cref="AnalysisProgressKind.Notice"/>: something the user should know that does not stop the run.</summary>
    /// <param name="message">The notice, one line.</param>
    /// <param name="input">The input it concerns, if any.</param>
    public static AnalysisProgress Notice(string message, string? input = null) => new(AnalysisProgressKind.Notice, message, input);
}
