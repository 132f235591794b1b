using System.Text.Json;
using Picket.Core.Assessment;
using Picket.Core.Vessels;
using Picket.Core.Voyages;

namespace Picket.Reporting.JsonLines;

/// <summary>
/// Writes <c>vessels.jsonl</c>: one line per vessel with its identity history and flags (<see cref="VesselRecordJson"/>),
/// its list results, its risk score and the factors behind it, each naming its event ids. List results come in three
/// arrays: <c>list_matches</c> (listings: the hull is on the list), <c>list_leads</c> (a name or call sign alone, to
/// check) and <c>list_notes</c> (a list name on a ship whose IMO is another's: not a match).
/// </summary>
public static class VesselsJsonWriter
{
    /// <summary>Writes one vessel as one line (a JSON object and <c>\n</c>) to <paramref name="stream"/>.</summary>
    /// <param name="stream">Receives UTF-8 JSON Lines; left open.</param>
    /// <param name="record">The vessel's identity history and flags.</param>
    /// <param name="matches">All its list results; split by <see cref="ListMatchStanding"/> into the three arrays above.</param>
    /// <param name="risk">Its risk score and the factors behind it.</param>
    /// <param name="companies">The companies behind the vessel, written as <c>companies</c> (see <see cref="VesselCompanyJson"/>).</param>
    /// <param name="voyages">The hull's voyages (<see cref="VoyageJson"/>, key <c>voyages</c>); none: the key is left out.</param>
    public static void WriteLine(Stream stream, VesselRecord record, IReadOnlyList<ListMatchEvidence> matches, VesselRisk risk,
        IReadOnlyList<VesselCompany>? companies = null, IReadOnlyList<Voyage>? voyages = null)
    {
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            VesselRecordJson.WriteProperties(w, record);
            WriteArray(w, "list_matches", matches, ListMatchStanding.Listing);
            WriteArray(w, "list_leads", matches, ListMatchStanding.Lead);
            WriteArray(w, "list_notes", matches, ListMatchStanding.Note);
            VesselCompanyJson.WriteArray(w, companies ?? []);
            w.WriteNumber("risk", Math.Round(risk.Score, 1));
            w.WriteBoolean("high_risk", risk.IsHighRisk);
            w.WritePropertyName("risk_factors");
            RiskFactorJson.WriteArray(w, risk.Factors);
            if (voyages != null)
            {
                w.WritePropertyName("voyages");
                VoyageJson.WriteArray(w, voyages);
            }
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Keys: list, id, name, matched_on, score; corroboration (facts) and note (why a lead or a note) when present.</summary>
    private static void WriteArray(Utf8JsonWriter w, string key, IReadOnlyList<ListMatchEvidence> matches, ListMatchStanding standing)
    {
        w.WriteStartArray(key);
        foreach (var m in matches)
        {
            if (m.Standing != standing) continue;
            w.WriteStartObject();
            w.WriteString("list", m.ListSource); w.WriteString("id", m.EntryId); w.WriteString("name", m.EntryName);
            w.WriteString("matched_on", m.MatchedOn); w.WriteNumber("score", Math.Round(m.Score, 4));
            if (m.Corroboration.Count > 0)
            {
                w.WriteStartArray("corroboration");
                foreach (var f in m.Corroboration) w.WriteStringValue(f);
                w.WriteEndArray();
            }
            if (m.NameRivals > 0) w.WriteNumber("other_entries_matched_by_name", m.NameRivals);
            if (m.Note != null) w.WriteString("note", m.Note);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
