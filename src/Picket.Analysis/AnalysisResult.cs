using Picket.Ais.Nmea;
using Picket.Ais.Csv;
using Picket.Core.Assessment;
using Picket.Core.Detection;
using Picket.Core.Tracks;
using Picket.Store.Results;

namespace Picket.Analysis;

/// <summary>
/// What an <see cref="AnalysisJob"/> found and did: the counts (<see cref="Summary"/>), each input's decode statistics,
/// the stages' statistics, the vessels judged high risk and the notices given on the way.
/// </summary>
public sealed class AnalysisResult
{
    /// <summary>Counts for people and scripts: lines, positions, vessels, events by type, list results, phase times.</summary>
    public AnalysisSummary Summary { get; } = new();

    /// <summary>False when an input could not be read to its end or the store was not written: the outputs cover less than asked.</summary>
    public bool Complete { get; internal set; } = true;

    /// <summary>Each input as read, in the order given.</summary>
    public List<InputReport> Inputs { get; } = [];

    /// <summary>The track stage's counts (segments, jumps, evictions).</summary>
    public TrackBuilderStats? Tracks { get; internal set; }

    /// <summary>The detectors' counts; null when the request ran the track stage alone.</summary>
    public DetectionStats? Detection { get; internal set; }

    /// <summary>Events written to <c>events.jsonl</c> by this run.</summary>
    public long EventsWritten { get; internal set; }

    /// <summary>Segments written to <c>segments.geojson</c>.</summary>
    public long SegmentsWritten { get; internal set; }

    /// <summary>Reports heard by more than one input (two receivers) and used once.</summary>
    public long DuplicatesMerged { get; internal set; }

    /// <summary>Identity reports and messages the feed could not use, by reason.</summary>
    public FeedCounts Feed { get; internal set; }

    /// <summary>The vessels judged high risk, highest score first.</summary>
    public List<VesselRiskRow> HighRiskVessels { get; } = [];

    /// <summary>Every notice reported through progress, in order.</summary>
    public List<string> Notices { get; } = [];
}

/// <summary>One input as read: its decode statistics (NMEA) or row statistics (CSV), and whether it was read to its end.</summary>
/// <param name="Path">The input as given.</param>
/// <param name="IsCsv">True for a CSV export, false for NMEA.</param>
/// <param name="Nmea">The decoder's counts, for NMEA; null for CSV.</param>
/// <param name="Csv">The reader's row counts, for CSV; null for NMEA.</param>
/// <param name="ReadToEnd">False when reading broke off (a truncated gzip, an I/O error).</param>
public sealed record InputReport(string Path, bool IsCsv, DecodeStatistics? Nmea, CsvReadStatistics? Csv, bool ReadToEnd);

/// <summary>What the feed did with the decoded messages of all inputs.</summary>
/// <param name="Positions">Fixes passed on to tracking.</param>
/// <param name="Identities">Identity reports passed on (a CSV row's repeated identity is not counted).</param>
/// <param name="WithoutTime">Positions and identity reports dropped for having no reception time.</param>
/// <param name="WithoutPosition">Position reports dropped for carrying no position (91°/181°, ITU-R M.1371-5 "not available").</param>
/// <param name="ImplausibleTime">Positions and identity reports dropped for an implausible time.</param>
/// <param name="FilteredOut">Fixes outside the request's window.</param>
public readonly record struct FeedCounts(long Positions, long Identities, long WithoutTime, long WithoutPosition, long ImplausibleTime, long FilteredOut);
