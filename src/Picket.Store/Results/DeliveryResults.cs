using System.Text.Json;
using Picket.Core.Assessment;

namespace Picket.Store.Results;

/// <summary>
/// Writes the deliveries to DPRK ports that <c>picket analyze</c> estimated (the rows of the cap table) into
/// <c>deliveries</c>, upserted by the port call's event id in one transaction, so the server can draw the cap table
/// and list what lies behind it without re-running the analysis.
/// </summary>
public static class DeliveryResults
{
    /// <returns>Deliveries written.</returns>
    public static int Write(StoreDatabase store, IEnumerable<Delivery> deliveries)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(deliveries);
        var c = store.Connection;
        using var tx = c.BeginTransaction();
        StoreDatabase.Execute(c, "CREATE OR REPLACE TEMP TABLE deliveries_staging AS SELECT * FROM deliveries LIMIT 0");
        int n = 0;
        using (var appender = c.CreateAppender("deliveries_staging"))
        {
            foreach (var d in deliveries)
            {
                if (d.EvidenceEventIds.Count == 0) continue;
                var draught = d.CargoFromDraught;
                appender.CreateRow().AppendValue(d.EvidenceEventIds[0]).AppendValue(d.Time.UtcDateTime).AppendValue((int?)null).AppendValue(d.Vessel).AppendValue(d.Port)
                    .AppendValue((double?)d.Capacity.Barrels).AppendValue((double?)d.Capacity.Tonnes).AppendValue(d.Capacity.Basis.ToString()).AppendValue(d.Capacity.Method)
                    .AppendValue(draught?.Barrels).AppendValue(draught?.Low).AppendValue(draught?.High)
                    .AppendValue(JsonSerializer.Serialize(d.EvidenceEventIds)).EndRow();
                n++;
            }
        }
        // The tanker is the port call's vessel (the delivery itself names it only by its broadcast name).
        StoreDatabase.Execute(c, """
            INSERT OR REPLACE INTO deliveries
            SELECT s.event_id, s.ts, e.mmsi, s.vessel, s.port, s.capacity_barrels, s.capacity_tonnes, s.basis, s.method,
                   s.draught_barrels, s.draught_low, s.draught_high, s.evidence_json
            FROM deliveries_staging s LEFT JOIN events e ON e.id = s.event_id
            """);
        StoreDatabase.Execute(c, "DROP TABLE deliveries_staging");
        tx.Commit();
        return n;
    }
}
