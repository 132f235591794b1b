using Picket.Core.Assessment;
using Picket.Core.Events;

namespace Picket.Reporting.Html;

/// <summary>
/// A point of a vessel's track as the report draws it. Kept for every vessel until the report is written, so it is
/// packed into 24 bytes: single-precision degrees are good to about a metre, far finer than a map pixel.
/// </summary>
/// <param name="time">When the fix was taken.</param>
/// <param name="lat">Latitude in decimal degrees (WGS 84).</param>
/// <param name="lon">Longitude in decimal degrees (WGS 84).</param>
/// <param name="sog">Speed over ground in knots; null when not available.</param>
public readonly struct TrackPoint(DateTimeOffset time, double lat, double lon, double? sog)
{
    private readonly long _ticks = time.UtcTicks;
    private readonly float _lat = (float)lat, _lon = (float)lon, _sog = sog is { } s ? (float)s : float.NaN;

    /// <summary>When the fix was taken, in UTC.</summary>
    public DateTimeOffset Time => new(_ticks, TimeSpan.Zero);
    /// <summary>Latitude in decimal degrees (WGS 84), to single precision.</summary>
    public double Lat => _lat;
    /// <summary>Longitude in decimal degrees (WGS 84), to single precision.</summary>
    public double Lon => _lon;
    /// <summary>Speed over ground in knots, or null where the report said "not available" (ITU-R M.1371-5: 102.3).</summary>
    public double? Sog => float.IsNaN(_sog) ? null : _sog;
}

/// <summary>A draught reading from the vessel's static reports.</summary>
/// <param name="Time">When the static report that gave it (ITU-R M.1371-5 message 5, or a CSV row) was received.</param>
/// <param name="Metres">The maximum present static draught it gave, in metres (0.1 m resolution).</param>
public readonly record struct DraughtPoint(DateTimeOffset Time, double Metres);

/// <summary>One vessel in the report: who it claims to be, its risk, and what to draw.</summary>
/// <param name="Mmsi">The radio identity it transmits (ITU-R M.585).</param>
/// <param name="Name">The latest name it gave in a static report; null if it never gave one. Untrusted.</param>
/// <param name="Imo">The latest IMO number it gave; null if none.</param>
/// <param name="Flag">The flag its MMSI's MID points to (ITU Maritime Identification Digits), as a country code; null if unallocated.</param>
/// <param name="ShipType">Its latest AIS ship and cargo type, as text; null if never given.</param>
/// <param name="Risk">Its risk score and the factors behind it.</param>
/// <param name="Track">The fixes the map and timeline draw, in time order.</param>
/// <param name="Draught">Its draught readings, in time order.</param>
/// <param name="ListMatches">Its sanctions-list results; null or empty when none.</param>
public sealed record ReportVessel(
    uint Mmsi,
    string? Name,
    int? Imo,
    string? Flag,
    string? ShipType,
    VesselRisk Risk,
    IReadOnlyList<TrackPoint> Track,
    IReadOnlyList<DraughtPoint> Draught,
    IReadOnlyList<ListMatchEvidence>? ListMatches = null)
{
    /// <summary>The companies behind the vessel (owner, managers, operator), listed ones first.</summary>
    public IReadOnlyList<VesselCompany> Companies { get; init; } = [];
    /// <summary>The hull's voyages, port call to port call (empty when the voyage stage did not run).</summary>
    public IReadOnlyList<Picket.Core.Voyages.Voyage> Voyages { get; init; } = [];
}

/// <summary>A port drawn on the map; DPRK ports stand out.</summary>
/// <param name="Name">The port's name.</param>
/// <param name="Country">Its country, as an ISO 3166-1 alpha-2 code.</param>
/// <param name="Lat">Latitude in decimal degrees (WGS 84).</param>
/// <param name="Lon">Longitude in decimal degrees (WGS 84).</param>
/// <param name="IsDprk">True for a port of the DPRK, where a call by a foreign ship is itself a finding.</param>
public sealed record ReportPort(string Name, string Country, double Lat, double Lon, bool IsDprk);

/// <summary>Everything <see cref="HtmlReportWriter"/> shows. Strings here may come from AIS or lists and are untrusted.</summary>
public sealed record ReportModel
{
    /// <summary>The heading and page title.</summary>
    public required string Title { get; init; }
    /// <summary>When the report was made (from the job's clock, not the data).</summary>
    public required DateTimeOffset Generated { get; init; }
    /// <summary>The inputs the analysis read, as given (paths or source names).</summary>
    public required IReadOnlyList<string> Inputs { get; init; }
    /// <summary>The command line that reproduces the report.</summary>
    public required string Reproduce { get; init; }
    /// <summary>The events the report lists and maps (routine port calls already left out).</summary>
    public required IReadOnlyList<PicketEvent> Events { get; init; }
    /// <summary>Every vessel seen; the high-risk ones get a timeline.</summary>
    public required IReadOnlyList<ReportVessel> Vessels { get; init; }
    /// <summary>The ports drawn on the map.</summary>
    public required IReadOnlyList<ReportPort> Ports { get; init; }
    /// <summary>Estimated deliveries per year against the UN refined-petroleum cap (UNSC resolution 2397 (2017), 500,000 barrels a year).</summary>
    public required IReadOnlyList<CapYear> CapTable { get; init; }
    /// <summary>Port calls outside the DPRK: counted, written to events.jsonl and the store, not listed in the report.</summary>
    public int RoutinePortCalls { get; init; }
    /// <summary>Counts for the summary box (lines read, rejected lines by reason, …), already formatted as label → value.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Summary { get; init; } = [];
    /// <summary>Listed companies behind the vessels seen, each with all its ships.</summary>
    public IReadOnlyList<ReportCompany> Companies { get; init; } = [];
}
