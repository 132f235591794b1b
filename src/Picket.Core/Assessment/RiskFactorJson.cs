using System.Text.Json;

namespace Picket.Core.Assessment;

/// <summary>
/// The one JSON shape of a vessel's risk factors — an array of <c>{practice, points, reason, events}</c> — used by
/// <c>vessels.jsonl</c> and the store's <c>vessel_risk.factors_json</c>, so a query and the file read alike.
/// </summary>
public static class RiskFactorJson
{
    /// <summary>Writes the factors as a JSON array value (after a property name, or as a document of its own).</summary>
    public static void WriteArray(Utf8JsonWriter w, IReadOnlyList<RiskFactor> factors)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(factors);
        w.WriteStartArray();
        foreach (var f in factors)
        {
            w.WriteStartObject();
            w.WriteString("practice", f.Practice.ToString());
            w.WriteNumber("points", Math.Round(f.Points, 2));
            w.WriteString("reason", f.Reason);
            w.WriteStartArray("events");
            foreach (var id in f.EventIds) w.WriteStringValue(id);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
