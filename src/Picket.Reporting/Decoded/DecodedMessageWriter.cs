using System.Text.Json;
using Picket.Ais;
using Picket.Ais.Csv;
using Picket.Ais.Output;

namespace Picket.Reporting.Decoded;

/// <summary>The formats decoded messages are written in.</summary>
public enum DecodedFormat
{
    /// <summary>One JSON object per message, one per line (Picket.Ais's <see cref="AisJsonLineWriter"/>).</summary>
    JsonLines,

    /// <summary>One CSV row per message under a fixed header (Picket.Ais's <see cref="AisCsvWriter"/>, spreadsheet-safe).</summary>
    Csv,
}

/// <summary>
/// Writes decoded messages, every field of every type, as JSON lines or CSV through the pooled UTF-8 writers of
/// <see cref="Picket.Ais.Output"/> (no allocation per message), keeping only the wanted message types; records of CSV
/// exports are written as JSON lines in the same field names (<see cref="CsvRecordJsonWriter"/>).
/// </summary>
public sealed class DecodedMessageWriter : IAisMessageSink, IDisposable
{
    private static readonly byte[] Newline = "\n"u8.ToArray();
    private readonly Stream _out;
    private readonly bool[]? _wanted;
    private readonly bool _discard;
    private readonly AisJsonLineWriter? _json;
    private readonly AisCsvWriter? _csv;
    private Utf8JsonWriter? _records;

    /// <param name="output">Where the messages go; flushed, not closed, on <see cref="Dispose"/>.</param>
    /// <param name="format">JSON lines or CSV.</param>
    /// <param name="wantedTypes">Message types to keep, indexed by type number (0–63); null keeps every type.</param>
    /// <param name="discard">Count only (statistics): messages are decoded and counted upstream but not formatted.</param>
    public DecodedMessageWriter(Stream output, DecodedFormat format = DecodedFormat.JsonLines, IReadOnlyList<bool>? wantedTypes = null, bool discard = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        _out = output;
        _discard = discard;
        if (wantedTypes is not null)
        {
            _wanted = new bool[64];
            for (var t = 0; t < Math.Min(64, wantedTypes.Count); t++) _wanted[t] = wantedTypes[t];
        }

        if (discard) return;
        if (format == DecodedFormat.Csv) _csv = new AisCsvWriter(output);
        else _json = new AisJsonLineWriter(output);
    }

    /// <summary>Message types 1–27 named in <paramref name="text"/> ("1,2,3,5"), indexed by type number; null when a part is not such a number.</summary>
    public static bool[]? ParseTypes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var wanted = new bool[64];
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int t) || t is < 1 or > 27) return null;
            wanted[t] = true;
        }

        return wanted;
    }

    /// <inheritdoc/>
    public void OnMessage(in AisPayload message)
    {
        if (_discard) return;
        if (_wanted != null && !_wanted[message.MessageType]) return;
        if (_csv != null) _csv.Write(message);
        else _json!.Write(message);
    }

    /// <summary>A record from a CSV export, written as a JSON line (the CSV output format does not apply to CSV input).</summary>
    public void WriteCsvRecord(CsvAisRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_discard) return;
        _json?.Flush();
        _csv?.Flush();
        _records ??= new Utf8JsonWriter(_out, new JsonWriterOptions { SkipValidation = true });
        CsvRecordJsonWriter.Write(_records, record);
        _records.Flush();
        _records.Reset();
        _out.Write(Newline);
    }

    /// <summary>Flushes everything written to the output.</summary>
    public void Dispose()
    {
        _json?.Dispose();
        _csv?.Dispose();
        _records?.Dispose();
        _out.Flush();
    }
}
