using System.Collections.Frozen;
using Picket.Store;
using Picket.Store.Queries;
using Picket.Web.Events;
using Picket.Web.Tracks;
using Picket.Web.Vessels;

namespace Picket.Web.Data;

/// <summary>
/// What the server answers from memory instead of the database: every vessel page (identity timeline, risk with its
/// events, list matches, events, latest positions, companies) and every event, indexed. The store is written only by the
/// server's own analyses and uploads, so the model is built once at start and again after each analysis (in the
/// background; the endpoints query the store until it is ready). Its size follows the store's hulls and events, not its
/// positions, and each part has a ceiling: a store beyond it is answered by queries as before.
/// </summary>
internal sealed class ReadModel
{
    /// <summary>Hulls beyond which vessel pages are not held (about 3 KB each: 20 positions, identities, matches).</summary>
    public const int MaxVessels = 50_000;

    /// <summary>Events beyond which they are not held (about 2–3 KB each with their parsed evidence).</summary>
    public const int MaxEvents = 100_000;

    private ReadModel(EventIndex? events, FrozenDictionary<uint, VesselDetailResponse>? pages, TrackSketch? tracks)
    {
        Events = events;
        Pages = pages;
        Tracks = tracks;
    }

    /// <summary>Every track condensed for the map; null until built after the pages, or when the store is too large.</summary>
    public TrackSketch? Tracks { get; }

    /// <summary>This model with the track sketch added (built second: the pages need not wait for it).</summary>
    public ReadModel With(TrackSketch? tracks) => new(Events, Pages, tracks);

    /// <summary>Every event, indexed; null when the store has more than <see cref="MaxEvents"/>.</summary>
    public EventIndex? Events { get; }

    /// <summary>Every hull's page by MMSI; null when the store has more than <see cref="MaxVessels"/> hulls or events.</summary>
    public FrozenDictionary<uint, VesselDetailResponse>? Pages { get; }

    /// <summary>
    /// Reads the store into memory (one connection, a dozen table reads). Call it inside a transaction: DuckDB gives a
    /// transaction one consistent view, where outside one each read sees the latest commit of an analysis running meanwhile.
    /// </summary>
    public static ReadModel Build(StoreDatabase store, VesselDirectory directory)
    {
        var events = EventIndex.Load(store, MaxEvents);
        // A page holds its vessel's events: without the index they would be parsed again per page, so no pages either.
        var read = events == null ? null : VesselPages.ReadAll(store, VesselEndpoints.LatestPositions, MaxVessels);
        var pages = read?.ToFrozenDictionary(p => p.Key, p => VesselDetail.From(p.Value.Report,
            directory.ByMmsi.GetValueOrDefault(p.Key), p.Value.Draughts, events!.Shape));
        return new ReadModel(events, pages, null);
    }

    public override string ToString() => $"{Pages?.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no"} vessel pages, " +
        $"{Events?.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no"} events, " +
        $"{Tracks?.Points.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no"} track sketch points";
}
