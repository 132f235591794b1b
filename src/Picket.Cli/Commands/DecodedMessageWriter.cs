using System.Text.Json;
using Picket.Ais;
using Picket.Ais.Output;

namespace Picket.Cli.Commands;

/// <summary>
/// Writes decoded messages as JSON lines or CSV, every field of every type, through the pooled UTF-8 writers of
/// <see cref="Picket.Ais.Output"/> (no allocation per message).
/// </summary>
internal sealed class DecodedMessageWriter : IAisMessageSink, IDisposable
{
    private readonly Stream _out;
    private readonly bool[]? _wanted;
    private readonly bool _discard;
    private readonly AisJsonLineWriter? _json;
    private readonly AisCsvWriter? _csv;
    private Utf8JsonWriter? _records;
    private static readonly byte[] s_newline = "\n"u8.ToArray();

    /// <param name="discard">Count only (for <c>--stats</c>): messages are decoded and counted but not formatted.</param>
    public DecodedMessageWriter(Stream output, bool csv, bool[]? wanted, bool discard = false)
    {
        _discard = discard;
        _out = output;
        _wanted = wanted;
        if (discard) return;
        if (csv) _csv = new AisCsvWriter(output);
        else _json = new AisJsonLineWriter(output);
    }

    public void OnMessage(in AisPayload message)
    {
        if (_discard) return;
        if (_wanted != null && !_wanted[message.MessageType]) return;
        if (_csv != null) _csv.Write(message);
        else _json!.Write(message);
    }

    /// <summary>A record from a CSV export, written as JSON (the CSV output format does not apply to CSV input).</summary>
    public void WriteCsvRecord(Picket.Ais.Csv.CsvAisRecord record)
    {
        if (_discard) return;
        _json?.Flush();
        _csv?.Flush();
        _records ??= new Utf8JsonWriter(_out, new JsonWriterOptions { SkipValidation = true });
        CsvRecordWriter.Write(_records, record);
        _records.Flush();
        _records.Reset();
        _out.Write(s_newline);
    }

    public void Dispose()
    {
        _json?.Dispose();
        _csv?.Dispose();
        _records?.Dispose();
        _out.Flush();
    }
}
