using Picket.Core.Assessment;
using Picket.Core.Events;

namespace Picket.Reporting.Html;

/// <summary>
/// A point of a vessel's track as the report draws it. Kept for every vessel until the report is written, so it is
/// packed into 24 bytes: single-precision degrees are good to about a metre, far finer than a map pixel.
/// </summary>
public readonly struct TrackPoint(DateTimeOffset time, double lat, double lon, double? sog)
{
    private readonly long _ticks = time.UtcTicks;
    private readonly float _lat = (float)lat, _lon = (float)lon, _sog = sog is { } s ? (float)s : float.NaN;

    public DateTimeOffset Time => new(_ticks, TimeSpan.Zero);
    public double Lat => _lat;
    public double Lon => _lon;
    public double? Sog => float.IsNaN(_sog) ? null : _sog;
}

/// <summary>A draught reading from the vessel's static reports.</summary>
public readonly record struct DraughtPoint(DateTimeOffset Time, double Metres);

/// <summary>One vessel in the report: who it claims to be, its risk, and what to draw.</summary>
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
public sealed record ReportPort(string Name, string Country, double Lat, double Lon, bool IsDprk);

/// <summary>Everything <see cref="HtmlReportWriter"/> shows. Strings here may come from AIS or lists and are untrusted.</summary>
public sealed record ReportModel
{
    public required string Title { get; init; }
    public required DateTimeOffset Generated { get; init; }
    public required IReadOnlyList<string> Inputs { get; init; }
    /// <summary>The command line that reproduces the report.</summary>
    public required string Reproduce { get; init; }
    public required IReadOnlyList<PicketEvent> Events { get; init; }
    public required IReadOnlyList<ReportVessel> Vessels { get; init; }
    public required IReadOnlyList<ReportPort> Ports { get; init; }
    public required IReadOnlyList<CapYear> CapTable { get; init; }
    /// <summary>Port calls outside the DPRK: counted, written to events.jsonl and the store, not listed in the report.</summary>
    public int RoutinePortCalls { get; init; }
    /// <summary>Counts for the summary box (lines read, rejected lines by reason, …), already formatted as label → value.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Summary { get; init; } = [];
    /// <summary>Listed companies behind the vessels seen, each with all its ships.</summary>
    public IReadOnlyList<ReportCompany> Companies { get; init; } = [];
}
