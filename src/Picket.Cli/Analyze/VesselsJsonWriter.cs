using System.Text.Json;
using Picket.Core.Assessment;
using Picket.Core.Vessels;

namespace Picket.Cli.Analyze;

/// <summary>
/// Writes <c>vessels.jsonl</c>: one line per vessel with its identity history and flags (<see cref="VesselRecordJson"/>),
/// its list matches, its risk score and the factors behind it, each naming its event ids.
/// </summary>
internal static class VesselsJsonWriter
{
    public static void WriteLine(Stream stream, VesselRecord record, IReadOnlyList<ListMatchEvidence> matches, VesselRisk risk)
    {
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            VesselRecordJson.WriteProperties(w, record);
            w.WriteStartArray("list_matches");
            foreach (var m in matches)
            {
                w.WriteStartObject();
                w.WriteString("list", m.ListSource); w.WriteString("id", m.EntryId); w.WriteString("name", m.EntryName);
                w.WriteString("matched_on", m.MatchedOn); w.WriteNumber("score", Math.Round(m.Score, 4));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("risk", Math.Round(risk.Score, 1));
            w.WriteBoolean("high_risk", risk.IsHighRisk);
            w.WritePropertyName("risk_factors");
            RiskFactorJson.WriteArray(w, risk.Factors);
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }
}
