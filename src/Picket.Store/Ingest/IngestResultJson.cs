using System.Text.Json;

namespace Picket.Store.Ingest;

/// <summary>
/// Per-file ingest results as a JSON array for scripts: <c>[{path, status, format, positions_added, identities_added,
/// resumed_from_line, sha256?, lines?, rejected?, rejected_reasons?, error?, seconds}]</c>; status in lower case
/// (<c>ingested</c>, <c>alreadyingested</c>, <c>interrupted</c>, <c>failed</c>).
/// </summary>
public static class IngestResultJson
{
    /// <summary>Writes the array to <paramref name="w"/>.</summary>
    public static void Write(Utf8JsonWriter w, IReadOnlyList<FileIngestResult> results)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(results);
        w.WriteStartArray();
        foreach (var r in results)
        {
            w.WriteStartObject();
            w.WriteString("path", r.Path);
            w.WriteString("status", r.Status.ToString().ToLowerInvariant());
            w.WriteString("format", r.Format);
            w.WriteNumber("positions_added", r.PositionsAdded);
            w.WriteNumber("identities_added", r.IdentitiesAdded);
            w.WriteNumber("resumed_from_line", r.ResumedFromLine);
            if (r.Log is { } log)
            {
                w.WriteString("sha256", log.FileHash);
                w.WriteNumber("lines", log.LinesDone);
                w.WriteNumber("rejected", log.Rejected);
                // Written by the store itself as a JSON object of counts by reason.
                if (log.RejectedReasons != null) { w.WritePropertyName("rejected_reasons"); w.WriteRawValue(log.RejectedReasons); }
            }

            if (r.Error != null) w.WriteString("error", r.Error);
            w.WriteNumber("seconds", Math.Round(r.Elapsed.TotalSeconds, 3));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
