using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace Picket.Store.Queries;

/// <summary>Typed, NULL-aware reads from a DuckDB result row.</summary>
internal static class Rows
{
    public static int? Int(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);
    public static long Long(DbDataReader r, int i) => r.IsDBNull(i) ? 0 : Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);
    public static double? Double(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture);
    public static float? Float(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToSingle(r.GetValue(i), CultureInfo.InvariantCulture);
    public static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetValue(i).ToString();
    public static DateTime? Time(DbDataReader r, int i) => r.IsDBNull(i) ? null : DateTime.SpecifyKind(r.GetDateTime(i), DateTimeKind.Utc);

    public static StoredEvent Event(DbDataReader r) => new(
        Text(r, 0) ?? "", Text(r, 1) ?? "", Time(r, 2) ?? default, Time(r, 3), Double(r, 4), Double(r, 5), Int(r, 6), Int(r, 7),
        Double(r, 8), Text(r, 9), Text(r, 10));

    /// <summary>
    /// The factors of <c>vessel_risk.factors_json</c> (<c>[{"practice","points","reason","events":[ids]}]</c>). Text that
    /// is not such an array gives no factors, and elements or fields of the wrong kind are skipped, rather than failing
    /// the whole query over one bad row.
    /// </summary>
    public static IReadOnlyList<StoredRiskFactor> Factors(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Array) return [];
            var factors = new List<StoredRiskFactor>();
            foreach (var f in doc.RootElement.EnumerateArray())
            {
                if (f.ValueKind != JsonValueKind.Object) continue;
                var events = new List<string>();
                if (f.TryGetProperty("events", out var ids) && ids.ValueKind == JsonValueKind.Array)
                    events.AddRange(ids.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
                factors.Add(new StoredRiskFactor(String(f, "practice"),
                    f.TryGetProperty("points", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetDouble() : 0,
                    String(f, "reason"), events));
            }
            return factors;
        }
        catch (JsonException)
        {
            return [];
        }

        static string String(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
    }

    public const string EventColumns = "id, type, start_ts, end_ts, lat, lon, mmsi, other_mmsi, confidence, vessels_json, evidence_json";
}
