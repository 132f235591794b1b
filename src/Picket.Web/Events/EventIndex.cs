using Picket.Core.Events;
using Picket.Store.Queries;

namespace Picket.Web.Events;

/// <summary>
/// Every stored event in memory, in the store's answer order (start, then id), indexed by type and by vessel, each
/// already shaped for the API (its <c>vessels</c> and <c>evidence</c> parsed once, not per request). Answers the same
/// filters as <see cref="EventQuery"/> with the same semantics (overlap of the window with [start, end], the box on the
/// event's position, either vessel, confidence at least), so a page is the one the store would give.
/// </summary>
internal sealed class EventIndex
{
    private readonly Entry[] _all;
    private readonly Dictionary<string, Entry[]> _byType;
    private readonly Dictionary<int, Entry[]> _byVessel;
    private readonly Dictionary<string, Entry> _byId;

    private EventIndex(List<StoredEvent> events)
    {
        // The list is in the store's order; each sub-list keeps it, so a filtered page needs no sort.
        _all = [.. events.Select((e, i) => new Entry(e, ApiEvent.From(e), i))];
        _byType = _all.GroupBy(e => e.Stored.Type, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byVessel = _all.SelectMany(e => new[] { e.Stored.Mmsi, e.Stored.OtherMmsi }.OfType<int>().Distinct().Select(m => (Mmsi: m, Entry: e)))
            .GroupBy(p => p.Mmsi).ToDictionary(g => g.Key, g => g.Select(p => p.Entry).ToArray());
        _byId = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var e in _all) _byId.TryAdd(e.Stored.Id, e);
    }

    public int Count => _all.Length;

    /// <summary>Every event of the store, in start order (null when there are more than <paramref name="maxEvents"/>).</summary>
    public static EventIndex? Load(Store.StoreDatabase store, int maxEvents)
    {
        if (store.ScalarLong("SELECT count(*) FROM events") > maxEvents) return null;
        return new EventIndex([.. EventQuery.All(store)]);
    }

    /// <summary>The API shape of a stored event (the index's own copy when it has the event).</summary>
    public ApiEvent Shape(StoredEvent e) => _byId.TryGetValue(e.Id, out var known) && known.Stored == e ? known.Api : ApiEvent.From(e);

    public (StoredEvent Stored, ApiEvent Api)? ById(string id) => _byId.TryGetValue(id, out var e) ? (e.Stored, e.Api) : null;

    /// <summary>The page and the total that <see cref="EventQuery.Find"/> gives for <paramref name="filter"/>.</summary>
    public (List<ApiEvent> Page, long Total) Find(EventFilter filter)
    {
        var candidates = Candidates(filter);
        var from = filter.Window.From is { } f ? Microseconds(f) : (DateTime?)null;
        var to = filter.Window.To is { } t ? Microseconds(t) : (DateTime?)null;
        int limit = Math.Clamp(filter.Limit, 0, 10_000), offset = Math.Max(0, filter.Offset);
        var page = new List<ApiEvent>(Math.Min(limit, 128));
        long total = 0;
        foreach (var part in candidates)
            foreach (var e in part)
            {
                if (!Matches(e.Stored, filter, from, to)) continue;
                if (total >= offset && page.Count < limit) page.Add(e.Api);
                total++;
            }
        return (page, total);
    }

    /// <summary>The smallest lists that hold every match: the vessel's events, else each asked type's, else all.</summary>
    private List<Entry[]> Candidates(EventFilter filter)
    {
        if (filter.Mmsi is { } m) return [_byVessel.GetValueOrDefault((int)m, [])];
        if (filter.Types.Count == 0) return [_all];
        var lists = filter.Types.Distinct().Select(t => _byType.GetValueOrDefault(t.ToWireName(), [])).Where(l => l.Length > 0).ToList();
        // Several types: merged back into the store's order — one list when only one type has events.
        return lists.Count <= 1 ? lists : [[.. lists.SelectMany(l => l).OrderBy(e => e.Position)]];
    }

    private static bool Matches(StoredEvent e, EventFilter filter, DateTime? from, DateTime? to)
    {
        if (filter.Types.Count > 0 && filter.Mmsi != null && !filter.Types.Any(t => t.ToWireName() == e.Type)) return false;
        if (from is { } f && (e.End ?? e.Start) < f) return false;
        if (to is { } t && e.Start >= t) return false;
        if (filter.Mmsi is { } m && e.Mmsi != (int)m && e.OtherMmsi != (int)m) return false;
        if (filter.MinConfidence is { } c && !(e.Confidence >= c)) return false;
        if (filter.Box is { } box && !InBox(box, e.Latitude, e.Longitude)) return false;
        return true;
    }

    /// <summary>As <c>BoundingBox.Sql</c>: edges included, west above east crosses the antimeridian, no position is outside.</summary>
    private static bool InBox(BoundingBox box, double? lat, double? lon)
    {
        if (lat is not { } y || lon is not { } x) return false;
        if (y < box.South || y > box.North) return false;
        return box.West <= box.East ? x >= box.West && x <= box.East : x >= box.West || x <= box.East;
    }

    /// <summary>The store's TIMESTAMP holds microseconds and the window's SQL literal is written to the microsecond.</summary>
    private static DateTime Microseconds(DateTime t) => new(t.Ticks - t.Ticks % 10, DateTimeKind.Utc);

    /// <param name="Stored">The event as the store holds it (what the filters test).</param>
    /// <param name="Api">The same event as the API answers it.</param>
    /// <param name="Position">Its place in the store's order.</param>
    private sealed record Entry(StoredEvent Stored, ApiEvent Api, int Position);
}
