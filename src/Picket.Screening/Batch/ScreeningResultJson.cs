using System.Globalization;
using System.Text;
using System.Text.Json;
using Picket.Screening.Matching;
using Picket.Screening.Sources;

namespace Picket.Screening.Batch;

/// <summary>
/// One screening query and its results as a single-line JSON object: <c>{"row"?, "query": {name, schema, imo, mmsi,
/// call_sign}, "error"?, "results": [{rank, score, list, id, source_id, schema, caption, matched_name, identifiers,
/// programs, explanation}]}</c>. One object per line when screening many (JSON Lines).
/// </summary>
public static class ScreeningResultJson
{
    /// <summary>The object as one line (no line break at the end); <paramref name="row"/> and <paramref name="error"/> are written only when given.</summary>
    public static string ToLine(ScreeningQuery query, IReadOnlyList<ScreeningResult> results, long? row = null, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(results);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            Write(w, query, results, row, error);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes the object to <paramref name="w"/>.</summary>
    public static void Write(Utf8JsonWriter w, ScreeningQuery query, IReadOnlyList<ScreeningResult> results, long? row = null, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(results);
        w.WriteStartObject();
        if (row is { } r) w.WriteNumber("row", r);
        w.WriteStartObject("query");
        String(w, "name", query.Name);
        String(w, "schema", query.Schema?.ToString());
        String(w, "imo", query.Imo);
        String(w, "mmsi", query.Mmsi);
        String(w, "call_sign", query.CallSign);
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

    /// <summary>A score as the text outputs show it: three decimals, invariant culture.</summary>
    public static string Score(double score) => score.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>A short human description of the query: <c>"NAME", vessel, IMO 1234567, MMSI …, call sign …</c>.</summary>
    public static string Describe(ScreeningQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(query.Name)) parts.Add($"\"{query.Name}\"");
        if (query.Schema is { } s) parts.Add(s.ToString().ToLowerInvariant());
        if (query.Imo is not null) parts.Add("IMO " + query.Imo);
        if (query.Mmsi is not null) parts.Add("MMSI " + query.Mmsi);
        if (query.CallSign is not null) parts.Add("call sign " + query.CallSign);
        return string.Join(", ", parts);
    }

    static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }
}
