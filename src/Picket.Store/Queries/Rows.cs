using System.Data.Common;
using System.Globalization;

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

    public const string EventColumns = "id, type, start_ts, end_ts, lat, lon, mmsi, other_mmsi, confidence, vessels_json, evidence_json";
}
