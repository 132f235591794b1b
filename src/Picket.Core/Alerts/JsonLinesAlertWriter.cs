using System.Text.Json;
using Picket.Core.Events;

namespace Picket.Core.Alerts;

/// <summary>
/// Writes alerts as JSON Lines in the style of <c>events.jsonl</c> (README §Alerts): one UTF-8 object per line, times
/// ISO 8601 UTC with a 'Z', positions in decimal degrees, the evidence object exactly as the event's.
/// </summary>
public sealed class JsonLinesAlertWriter : IAlertSink, IDisposable
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly Utf8JsonWriter _writer;

    /// <summary>A writer to <paramref name="stream"/>, which it disposes with itself unless <paramref name="leaveOpen"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public JsonLinesAlertWriter(Stream stream, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _leaveOpen = leaveOpen;
        _writer = new Utf8JsonWriter(stream);
    }

    /// <summary>Alerts written so far.</summary>
    public long Written { get; private set; }

    /// <summary>Writes <paramref name="alert"/> and a line feed; the stream itself is not flushed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="alert"/> is null.</exception>
    public void Publish(PicketAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        Write(_writer, alert);
        _writer.Flush();
        _writer.Reset();
        _stream.Write(NewLine);
        Written++;
    }

    /// <summary>The alert as one line of UTF-8 JSON without the line feed (a webhook's body).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="alert"/> is null.</exception>
    public static byte[] ToUtf8(PicketAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        using var buffer = new MemoryStream(1024);
        using (var w = new Utf8JsonWriter(buffer))
            Write(w, alert);
        return buffer.ToArray();
    }

    /// <summary>Writes one alert object (no newline) to <paramref name="w"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter w, PicketAlert alert)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(alert);
        w.WriteStartObject();
        w.WriteString("id", alert.Id);
        w.WriteString("rule", alert.Rule.ToWireName());
        w.WriteString("state", alert.State.ToWireName());
        w.WriteNumber("revision", alert.Revision);
        w.WriteString("event_type", alert.EventType.ToWireName());
        w.WriteString("event_id", alert.EventId);
        w.WriteString("start", JsonLinesEventWriter.FormatTime(alert.Start));
        w.WriteString("end", JsonLinesEventWriter.FormatTime(alert.End));
        w.WriteString("time", JsonLinesEventWriter.FormatTime(alert.Time));
        w.WriteString("raised", JsonLinesEventWriter.FormatTime(alert.Raised));
        if (alert.Position is { } p)
        {
            w.WriteNumber("lat", Math.Round(p.Lat, 6));
            w.WriteNumber("lon", Math.Round(p.Lon, 6));
        }
        w.WritePropertyName("vessels");
        JsonLinesEventWriter.WriteVessels(w, alert.Vessels);
        w.WriteString("reason", alert.Reason);
        w.WritePropertyName("evidence");
        alert.Evidence.WriteTo(w);
        w.WriteEndObject();
    }

    /// <summary>Disposes the JSON writer and, unless left open, the stream.</summary>
    public void Dispose()
    {
        _writer.Dispose();
        if (!_leaveOpen)
            _stream.Dispose();
    }
}
