using System.Globalization;
using System.Text.Json;

namespace Picket.Core.Events;

/// <summary>
/// Writes events as JSON Lines (one UTF-8 object per line) in the layout of ARCHITECTURE.md §Event format:
/// times ISO 8601 UTC with a 'Z', positions in decimal degrees. Reuses one <see cref="Utf8JsonWriter"/>.
/// </summary>
public sealed class JsonLinesEventWriter : IEventSink, IDisposable
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly Utf8JsonWriter _writer;

    /// <summary>A writer to <paramref name="stream"/>, which it disposes with itself unless <paramref name="leaveOpen"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public JsonLinesEventWriter(Stream stream, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _leaveOpen = leaveOpen;
        _writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, SkipValidation = false });
    }

    /// <summary>Events written so far.</summary>
    public long Written { get; private set; }

    /// <summary>Writes <paramref name="e"/> and a line feed to the stream; the stream itself is not flushed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="e"/> is null.</exception>
    public void Emit(PicketEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        Write(_writer, e);
        _writer.Flush();
        _writer.Reset();
        _stream.Write(NewLine);
        Written++;
    }

    /// <summary>Writes one event object (no newline) to <paramref name="w"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter w, PicketEvent e)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(e);
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("type", e.Type.ToWireName());
        w.WriteString("start", FormatTime(e.Start));
        w.WriteString("end", FormatTime(e.End));
        if (e.Position is { } p)
        {
            w.WriteNumber("lat", Math.Round(p.Lat, 6));
            w.WriteNumber("lon", Math.Round(p.Lon, 6));
        }
        w.WritePropertyName("vessels");
        WriteVessels(w, e.Vessels);
        w.WriteNumber("confidence", Math.Round(e.Confidence, 3));
        w.WritePropertyName("evidence");
        e.Evidence.WriteTo(w);
        w.WriteEndObject();
    }

    /// <summary>Writes the <c>vessels</c> array: mmsi always, imo and name when known.</summary>
    public static void WriteVessels(Utf8JsonWriter w, IReadOnlyList<EventVessel> vessels)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(vessels);
        w.WriteStartArray();
        foreach (var v in vessels)
        {
            w.WriteStartObject();
            w.WriteNumber("mmsi", v.Mmsi.Value);
            if (v.Imo is { } imo)
                w.WriteNumber("imo", imo);
            if (v.Name is { } name)
                w.WriteString("name", name);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>A time as ISO 8601 UTC with a 'Z', to the second, or to the millisecond when it has a fraction (e.g. <c>2018-03-02T10:00:00Z</c>).</summary>
    public static string FormatTime(DateTimeOffset t) =>
        t.UtcDateTime.ToString(t.UtcTicks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Disposes the JSON writer and, unless left open, the stream.</summary>
    public void Dispose()
    {
        _writer.Dispose();
        if (!_leaveOpen)
            _stream.Dispose();
    }
}
