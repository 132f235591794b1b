using System.Globalization;
using System.Text;
using System.Text.Json;
using Picket.Screening.Sources;
using Picket.Screening.Matching;
using Picket.Screening.Model;

namespace Picket.Cli.Commands;

/// <summary>Query parsing and result formatting shared by the single and batch forms of <c>picket screen</c>.</summary>
internal static class ScreenQueries
{
    public static IReadOnlyList<string> SchemaNames { get; } = ["vessel", "company", "organization", "person", "aircraft"];

    /// <summary>The schema named by <paramref name="text"/> (case-insensitive; "organisation" too); null for empty or unknown.</summary>
    public static EntitySchema? ParseSchema(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "vessel" or "ship" => EntitySchema.Vessel,
        "company" => EntitySchema.Company,
        "organization" or "organisation" => EntitySchema.Organization,
        "person" or "individual" => EntitySchema.Person,
        "aircraft" => EntitySchema.Aircraft,
        _ => null,
    };

    public static string Score(double score) => score.ToString("0.000", CultureInfo.InvariantCulture);

    public static string Describe(ScreeningQuery q)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(q.Name)) parts.Add($"\"{q.Name}\"");
        if (q.Schema is { } s) parts.Add(s.ToString().ToLowerInvariant());
        if (q.Imo is not null) parts.Add("IMO " + q.Imo);
        if (q.Mmsi is not null) parts.Add("MMSI " + q.Mmsi);
        if (q.CallSign is not null) parts.Add("call sign " + q.CallSign);
        return string.Join(", ", parts);
    }

    /// <summary>One query and its results as a single-line JSON object (JSON lines when screening many).</summary>
    public static string ToJson(ScreeningQuery q, IReadOnlyList<ScreeningResult> results, long? row, string? error)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            if (row is { } r) w.WriteNumber("row", r);
            w.WriteStartObject("query");
            String(w, "name", q.Name);
            String(w, "schema", q.Schema?.ToString());
            String(w, "imo", q.Imo);
            String(w, "mmsi", q.Mmsi);
            String(w, "call_sign", q.CallSign);
            w.WriteEndObject();
            if (error is not null) w.WriteString("error", error);
            w.WriteStartArray("results");
            for (var i = 0; i < results.Count; i++)
            {
                var e = results[i].Entity;
                w.WriteStartObject();
                w.WriteNumber("rank", i + 1);
                w.WriteNumber("score", Math.Round(results[i].Score, 4));
                w.WriteString("list", OfficialLists.FolderFor(e.Source));
                w.WriteString("id", e.Id);
                w.WriteString("source_id", e.SourceId);
                w.WriteString("schema", e.Schema.ToString());
                w.WriteString("caption", e.Caption);
                String(w, "matched_name", results[i].MatchedName);
                w.WriteStartArray("identifiers");
                foreach (var id in e.Identifiers) w.WriteStringValue($"{id.Kind} {id.Value}");
                w.WriteEndArray();
                w.WriteStartArray("programs");
                foreach (var p in e.Programs) w.WriteStringValue(p);
                w.WriteEndArray();
                w.WriteStartArray("explanation");
                foreach (var x in results[i].Explanation) w.WriteStringValue(x);
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }
}
