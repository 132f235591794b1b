namespace Picket.Simulation.Radio;

/// <summary>Counts of what the radio side did: transmissions, what the receivers delivered, lost, duplicated, corrupted.</summary>
public sealed class FeedStatistics
{
    /// <summary>Messages transmitted (a two-sentence type 5 counts once).</summary>
    public long Transmissions { get; internal set; }
    /// <summary>Transmissions no receiver heard.</summary>
    public long Lost { get; internal set; }
    /// <summary>Extra copies: the same transmission heard by a second (third…) receiver.</summary>
    public long Duplicates { get; internal set; }
    /// <summary>Lines written to feed.nmea.</summary>
    public long Lines { get; internal set; }
    /// <summary>Lines deliberately damaged (bad character or cut short), including the intact sentences of a damaged multi-part message.</summary>
    public long CorruptedLines { get; internal set; }
    /// <summary>Rows written to feed.csv (one per position transmission heard at least once).</summary>
    public long CsvRows { get; internal set; }
}
