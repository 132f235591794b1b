using System.Buffers;
using System.Text.Json;
using Picket.Core.Assessment;

namespace Picket.Store.Results;

/// <summary>
/// <c>vessel_risk.factors_json</c>: a JSON array with one object per factor, in the shape of <c>vessels.jsonl</c>'s
/// <c>risk_factors</c> (<c>practice</c>, <c>points</c>, <c>reason</c>, <c>events</c>), so a query and the file read alike.
/// </summary>
internal static class RiskFactorsJson
{
    public static string Write(IReadOnlyList<RiskFactor> factors)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer))
        {
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
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
