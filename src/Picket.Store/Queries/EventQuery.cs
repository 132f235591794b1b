using DuckDB.NET.Data;
using Picket.Core.Events;

namespace Picket.Store.Queries;

/// <summary>Which events to list: every filter is optional; types are wire names (the README's "Events" section).</summary>
public sealed record EventFilter
{
    /// <summary>Only events of these types; empty for all.</summary>
    public IReadOnlyList<EventType> Types { get; init; } = [];
    /// <summary>Only events overlapping this window.</summary>
    public TimeWindow Window { get; init; } = TimeWindow.All;
    /// <summary>Only events positioned inside this box; null for everywhere.</summary>
    public BoundingBox? Box { get; init; }
    /// <summary>Only events involving this MMSI, on either side of an encounter; null for all vessels.</summary>
    public uint? Mmsi { get; init; }
    /// <summary>Only events with at least this confidence, in [0, 1]; null for all.</summary>
    public double? MinConfidence { get; init; }
    /// <summary>The page's size: at most this many events.</summary>
    public int Limit { get; init; } = 100;
    /// <summary>Events skipped before the page starts, in start order.</summary>
    public int Offset { get; init; }
}

/// <summary>A page of events and how many match the filter in all.</summary>
/// <param name="Events">The page's events, in start order.</param>
/// <param name="Total">How many events match the filter, across all pages.</param>
public sealed record EventPage(IReadOnlyList<StoredEvent> Events, long Total);

/// <summary>
/// Events by type, time (overlapping the window), box, vessel (either side of an encounter) and minimum confidence, in
/// start order, a page at a time. Nothing typed by a user is spliced into the SQL: types are checked against the known
/// set, numbers and times are formatted by us, the MMSI and confidence are parameters.
/// </summary>
public static class EventQuery
{
    /// <summary>One page of the events that match <paramref name="filter"/>, with the total count.</summary>
    /// <param name="store">The store to read.</param>
    /// <param name="filter">Which events, and which page.</param>
    public static EventPage Find(StoreDatabase store, EventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        var where = new List<string> { filter.Window.OverlapSql("start_ts", "end_ts") };
        if (filter.Types.Count > 0) where.Add($"type IN ({string.Join(", ", filter.Types.Distinct().Select(t => $"'{t.ToWireName()}'"))})");
        if (filter.Box is { } box) where.Add(box.Sql("lat", "lon"));
        if (filter.Mmsi != null) where.Add("(mmsi = $m OR other_mmsi = $m)");
        if (filter.MinConfidence != null) where.Add("confidence >= $c");
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = $"""
            SELECT {Rows.EventColumns}, count(*) OVER () FROM events WHERE {string.Join(" AND ", where)}
            ORDER BY start_ts, id LIMIT {Math.Clamp(filter.Limit, 0, 10_000)} OFFSET {Math.Max(0, filter.Offset)}
            """;
        if (filter.Mmsi is { } m) cmd.Parameters.Add(new DuckDBParameter("m", (int)m));
        if (filter.MinConfidence is { } c) cmd.Parameters.Add(new DuckDBParameter("c", c));
        var events = new List<StoredEvent>();
        long total = 0;
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                events.Add(Rows.Event(r));
                total = Rows.Long(r, 11);
            }
        // A page past the end has no rows to carry the count.
        if (events.Count == 0 && filter.Offset > 0)
        {
            using var count = store.Connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM events WHERE {string.Join(" AND ", where)}";
            foreach (DuckDBParameter p in cmd.Parameters) count.Parameters.Add(new DuckDBParameter(p.ParameterName, p.Value));
            total = Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        return new EventPage(events, total);
    }

    /// <summary>Every stored event in the order of <see cref="Find"/> (start, then id), for a reader that holds them in memory.</summary>
    /// <param name="store">The store to read.</param>
    public static IReadOnlyList<StoredEvent> All(StoreDatabase store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = $"SELECT {Rows.EventColumns} FROM events ORDER BY start_ts, id";
        var events = new List<StoredEvent>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) events.Add(Rows.Event(r));
        return events;
    }

    /// <summary>One event by id; null when the store has none.</summary>
    public static StoredEvent? ById(StoreDatabase store, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = $"SELECT {Rows.EventColumns} FROM events WHERE id = $id";
        cmd.Parameters.Add(new DuckDBParameter("id", id));
        using var r = cmd.ExecuteReader();
        return r.Read() ? Rows.Event(r) : null;
    }
}
