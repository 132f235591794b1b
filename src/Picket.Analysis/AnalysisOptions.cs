using Picket.Core.Assessment;

namespace Picket.Analysis;

/// <summary>What <c>picket analyze</c> was asked to do.</summary>
public sealed record AnalysisOptions
{
    public required IReadOnlyList<string> Inputs { get; init; }
    public required string OutDir { get; init; }
    /// <summary>A folder of sanctions lists to screen against; null for none.</summary>
    public string? ListsDir { get; init; }
    /// <summary>A registry CSV (<c>imo,registered_owner,ship_manager,ism_manager,operator,from,to</c>) of the companies behind ships; null for none.</summary>
    public string? Registry { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    /// <summary>West, south, east, north in degrees.</summary>
    public (double W, double S, double E, double N)? Bbox { get; init; }
    public PetroleumProduct Product { get; init; } = PetroleumProduct.Diesel;
    /// <summary>Officially reported deliveries per year (CSV <c>year,barrels[,source]</c>), for the cap table.</summary>
    public string? ReportedDeliveries { get; init; }
    /// <summary>Also write <c>map.geojson</c> (tracks and events) for QGIS.</summary>
    public bool GeoJson { get; init; }
    /// <summary>Also write <c>map.kml</c> (tracks and events) for Google Earth.</summary>
    public bool Kml { get; init; }
    /// <summary>Write <c>picket.duckdb</c> (positions, identities, events, risk, list matches); off with <c>--no-store</c>.</summary>
    public bool Store { get; init; } = true;
    public bool Quiet { get; init; }
    /// <summary>The plausibility test on message times (<c>--time-window-days</c>).</summary>
    /// <summary>The cap on vessels tracked at once (<c>--max-vessels</c>).</summary>
    public int MaxVessels { get; init; } = new Core.Tracks.TrackBuilderOptions().MaxVessels;
    public Core.Input.FeedClock Clock { get; init; } = new(Core.Input.FeedClock.DefaultWindow);
    /// <summary>Told how many bytes of the input files (as stored, so compressed bytes for <c>.gz</c>) each read returned.</summary>
    public Action<int>? OnBytesRead { get; init; }
    /// <summary>The command line, for the report's "how to reproduce".</summary>
    public string CommandLine { get; init; } = "";
}
