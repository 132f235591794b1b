using Picket.Core.Assessment;
using Picket.Core.Detection;
using Picket.Core.Input;
using Picket.Core.Tracks;

namespace Picket.Analysis;

/// <summary>
/// What an <see cref="AnalysisJob"/> is asked to do: its inputs, the options of each stage, the lists to screen against
/// and the outputs to write. The same request type serves <c>picket analyze</c>, <c>detect</c>, <c>tracks</c> and
/// <c>demo</c>; they differ only in the options and outputs they set.
/// </summary>
public sealed record AnalysisRequest
{
    /// <summary>AIS files (NMEA or CSV, plain or gzip, sniffed by content); <c>-</c> is standard input when no store is written.</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>Opens standard input for an input named <c>-</c>; null when the host has none (then <c>-</c> is refused).</summary>
    public Func<Stream>? StandardInput { get; init; }

    /// <summary>Where the outputs go; created if missing and proven writable before any work.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>
    /// The store to write when <see cref="Outputs"/> include it; null = <c>picket.duckdb</c> in <see cref="OutputDirectory"/>.
    /// A server names the store it already holds open (connections of one process share the database).
    /// </summary>
    public string? StorePath { get; init; }

    /// <summary>Which files to write into <see cref="OutputDirectory"/>.</summary>
    public AnalysisOutputs Outputs { get; init; } = AnalysisOutputs.Analysis;

    /// <summary>A folder of sanctions lists to screen against (the current lists only, see <see cref="Picket.Screening.Sources.ListStore.ListFolders"/>); null for none.</summary>
    public string? ListsDirectory { get; init; }

    /// <summary>A registry CSV (<c>imo,registered_owner,ship_manager,ism_manager,operator,from,to</c>) of the companies behind ships; null for none.</summary>
    public string? Registry { get; init; }

    /// <summary>Positions outside this time window or area are not used (they are still stored).</summary>
    public AnalysisWindow Window { get; init; } = AnalysisWindow.All;

    /// <summary>The sea-event detectors' parameters; null runs the track stage alone (jumps, clashes, identity changes).</summary>
    public DetectionOptions? Detection { get; init; } = new();

    /// <summary>
    /// Sea-event detection run elsewhere (e.g. <c>picket cluster analyze</c>): when set, the job feeds it every fix and
    /// identity report instead of running <see cref="Detection"/>'s detectors in process, and writes its events. The
    /// detector options must match those the external detection was built with.
    /// </summary>
    public IExternalDetection? ExternalDetection { get; init; }

    /// <summary>The track builder's parameters (reorder window, fastest plausible speed, the cap on vessels at once).</summary>
    public TrackBuilderOptions Tracks { get; init; } = new();

    /// <summary>How far a message's time may stray from the input's consensus before it is dropped as implausible.</summary>
    public TimeSpan PlausibleTimeWindow { get; init; } = FeedClock.DefaultWindow;

    /// <summary>The product assumed for barrels per tonne in the cap table.</summary>
    public PetroleumProduct Product { get; init; } = PetroleumProduct.Diesel;

    /// <summary>Officially reported deliveries per year (CSV <c>year,barrels[,source]</c>), for the cap table.</summary>
    public string? ReportedDeliveries { get; init; }

    /// <summary>The report's title.</summary>
    public string Title { get; init; } = "Picket report";

    /// <summary>How to reproduce the run (the command line), shown in the report.</summary>
    public string CommandLine { get; init; } = "";
}

/// <summary>The outputs an <see cref="AnalysisJob"/> writes; events are always written.</summary>
[Flags]
public enum AnalysisOutputs
{
    /// <summary><c>events.jsonl</c>: one event per line.</summary>
    Events = 1,
    /// <summary><c>vessels.jsonl</c>: identity, list matches and risk per vessel (screening and assessment run only for it or the report).</summary>
    Vessels = 2,
    /// <summary><c>report.html</c>: the analyst's report.</summary>
    Report = 4,
    /// <summary><c>picket.duckdb</c>: positions, identities, events, risk and list matches.</summary>
    Store = 8,
    /// <summary><c>map.geojson</c>: track sketches and events for QGIS.</summary>
    MapGeoJson = 16,
    /// <summary><c>map.kml</c>: track sketches and events for Google Earth.</summary>
    MapKml = 32,
    /// <summary><c>segments.geojson</c>: every track segment as a LineString.</summary>
    Segments = 64,
    /// <summary>What <c>picket analyze</c> writes by default.</summary>
    Analysis = Events | Vessels | Report | Store,
}

/// <summary>The time window and area an analysis keeps positions from.</summary>
/// <param name="From">No positions before this time; null for no bound.</param>
/// <param name="To">No positions after this time; null for no bound.</param>
/// <param name="Area">West, south, east, north in degrees (west greater than east crosses the antimeridian); null for everywhere.</param>
public readonly record struct AnalysisWindow(DateTimeOffset? From, DateTimeOffset? To, (double W, double S, double E, double N)? Area)
{
    /// <summary>No bound in time or space: every position is kept.</summary>
    public static AnalysisWindow All => default;

    /// <summary>True when the window has no bound at all.</summary>
    public bool IsAll => From is null && To is null && Area is null;

    /// <summary>True when <paramref name="f"/> lies in the window; both time bounds and the box's edges are inclusive.</summary>
    /// <param name="f">A position fix.</param>
    public bool Contains(Core.Tracks.VesselFix f) =>
        (From is not { } from || f.Time >= from) && (To is not { } to || f.Time <= to)
        && (Area is not { } b || (f.Lat >= b.S && f.Lat <= b.N && (b.W <= b.E ? f.Lon >= b.W && f.Lon <= b.E : f.Lon >= b.W || f.Lon <= b.E)));
}
