using System.Text.Json;
using Picket.Core.Assessment;

namespace Picket.Store.Queries;

/// <summary>A stored delivery: the Core value the cap table is computed from, with the tanker's MMSI when known.</summary>
/// <param name="Delivery">The delivery: when, which vessel, which DPRK port, the estimated cargo and the events behind it.</param>
/// <param name="Mmsi">The tanker's MMSI; null when the row has none.</param>
public sealed record StoredDelivery(Delivery Delivery, uint? Mmsi);

/// <summary>The deliveries <c>picket analyze</c> stored (rows of <c>deliveries</c>), in time order, optionally for one year.</summary>
public static class DeliveryQuery
{
    /// <summary>Reads the stored deliveries; a row whose evidence cannot be read keeps its port call's event id alone.</summary>
    /// <param name="store">The store to read.</param>
    /// <param name="year">Only deliveries in this calendar year (UTC), as the UN cap is counted per year; null for all.</param>
    public static IReadOnlyList<StoredDelivery> Find(StoreDatabase store, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = """
            SELECT ts, vessel, port, capacity_barrels, capacity_tonnes, basis, method, draught_barrels, draught_low, draught_high, evidence_json, mmsi, event_id
            FROM deliveries WHERE $y IS NULL OR year(ts) = $y ORDER BY ts, event_id
            """;
        cmd.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter("y", (object?)year ?? DBNull.Value));
        var list = new List<StoredDelivery>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var basis = Enum.TryParse<CapacityBasis>(Rows.Text(r, 5), out var b) ? b : CapacityBasis.EstimatedFromDimensions;
            var capacity = new CargoCapacity(Rows.Double(r, 3) ?? 0, Rows.Double(r, 4) ?? 0, basis, Rows.Text(r, 6) ?? "");
            BarrelRange? draught = Rows.Double(r, 7) is { } db ? new BarrelRange(db, Rows.Double(r, 8) ?? db, Rows.Double(r, 9) ?? db) : null;
            var time = new DateTimeOffset(Rows.Time(r, 0)!.Value, TimeSpan.Zero);
            var delivery = new Delivery(time, Rows.Text(r, 1) ?? "", Rows.Text(r, 2) ?? "", capacity, EventIds(Rows.Text(r, 10), Rows.Text(r, 12)), draught);
            list.Add(new StoredDelivery(delivery, Rows.Int(r, 11) is { } m ? (uint)m : null));
        }
        return list;
    }

    private static string[] EventIds(string? json, string? callId)
    {
        try
        {
            if (json != null && JsonSerializer.Deserialize<string[]>(json) is { Length: > 0 } ids) return ids;
        }
        catch (JsonException)
        {
        }
        return callId == null ? [] : [callId];
    }
}
