using System.Text.Json;

namespace Picket.Core.GeoJson;

/// <summary>
/// The one GeoJSON writer (RFC 7946): a FeatureCollection of Point and LineString features, positions as
/// <c>[longitude, latitude]</c> in WGS 84 (§3.1.1, §4) rounded to <see cref="CoordinateDecimals"/> places. Every
/// GeoJSON output of Picket (track segments, map.geojson, store query results) is written through it, so they share
/// the member order, the axis order and the precision. The caller writes each feature's properties itself.
/// </summary>
/// <remarks>
/// <para>A feature is written in three steps: <see cref="BeginFeature(GeoJsonGeometry)"/> (with an optional id),
/// one <see cref="Position"/> for a Point or two or more for a LineString, then <see cref="BeginProperties"/>, which
/// returns the underlying writer for the properties, and <see cref="EndFeature"/>.</para>
/// <para>Lines crossing the antimeridian are not split (RFC 7946 §3.1.9 recommends it); the seas Picket watches are far
/// from it.</para>
/// </remarks>
public sealed class GeoJsonWriter : IDisposable
{
    /// <summary>
    /// Decimal places kept in a coordinate: 1e-6° is about 0.11 m, finer than AIS reports positions (1/10,000 minute,
    /// about 0.19 m, ITU-R M.1371-5) and the "about 10 cm" RFC 7946 §11.2 gives as enough for most uses.
    /// </summary>
    public const int CoordinateDecimals = 6;

    private readonly Utf8JsonWriter _w;
    private readonly bool _ownsWriter;
    private GeoJsonGeometry? _open;
    private bool _inProperties;
    private bool _ended;

    /// <summary>Starts a FeatureCollection on <paramref name="stream"/> (compact JSON); <see cref="Dispose"/> ends it and flushes.</summary>
    public GeoJsonWriter(Stream stream)
        : this(new Utf8JsonWriter(stream ?? throw new ArgumentNullException(nameof(stream))), ownsWriter: true)
    {
    }

    /// <summary>
    /// Starts a FeatureCollection as the next value of <paramref name="writer"/> (the caller's formatting is kept);
    /// <see cref="End"/> closes it and leaves the writer open.
    /// </summary>
    public GeoJsonWriter(Utf8JsonWriter writer)
        : this(writer ?? throw new ArgumentNullException(nameof(writer)), ownsWriter: false)
    {
    }

    private GeoJsonWriter(Utf8JsonWriter writer, bool ownsWriter)
    {
        _w = writer;
        _ownsWriter = ownsWriter;
        _w.WriteStartObject();
        _w.WriteString("type", "FeatureCollection");
        _w.WriteStartArray("features");
    }

    /// <summary>Features ended so far.</summary>
    public long Features { get; private set; }

    /// <summary>Bytes written but not yet flushed to the stream; a streaming caller flushes past a bound.</summary>
    public long BytesPending => _w.BytesPending;

    /// <summary>Starts a feature without an id.</summary>
    public void BeginFeature(GeoJsonGeometry geometry) => Begin(geometry, id: null, numericId: null);

    /// <summary>Starts a feature with a numeric id (RFC 7946 §3.2).</summary>
    public void BeginFeature(GeoJsonGeometry geometry, long id) => Begin(geometry, id: null, numericId: id);

    /// <summary>Starts a feature with a string id (RFC 7946 §3.2); no id member when <paramref name="id"/> is null.</summary>
    public void BeginFeature(GeoJsonGeometry geometry, string? id) => Begin(geometry, id, numericId: null);

    /// <summary>Adds a position to the open feature's geometry, rounded to <see cref="CoordinateDecimals"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is NaN or infinite (JSON has no such number; callers skip unknown positions).</exception>
    public void Position(double longitude, double latitude)
    {
        if (_open is null || _inProperties) throw new InvalidOperationException("Position belongs inside a feature's geometry: call BeginFeature first.");
        if (!double.IsFinite(longitude)) throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "a GeoJSON coordinate must be a finite number");
        if (!double.IsFinite(latitude)) throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "a GeoJSON coordinate must be a finite number");
        _w.WriteStartArray();
        _w.WriteNumberValue(Math.Round(longitude, CoordinateDecimals));
        _w.WriteNumberValue(Math.Round(latitude, CoordinateDecimals));
        _w.WriteEndArray();
    }

    /// <summary>Closes the geometry and opens the feature's <c>properties</c> object, into which the caller writes through the returned writer.</summary>
    public Utf8JsonWriter BeginProperties()
    {
        if (_open is null || _inProperties) throw new InvalidOperationException("BeginProperties follows BeginFeature and the positions.");
        if (_open == GeoJsonGeometry.LineString) _w.WriteEndArray();
        _w.WriteEndObject();
        _w.WriteStartObject("properties");
        _inProperties = true;
        return _w;
    }

    /// <summary>Closes the properties (opening an empty object if none were begun) and the feature.</summary>
    public void EndFeature()
    {
        if (_open is null) throw new InvalidOperationException("EndFeature without BeginFeature.");
        if (!_inProperties) BeginProperties();
        _w.WriteEndObject();
        _w.WriteEndObject();
        _open = null;
        _inProperties = false;
        Features++;
    }

    /// <summary>Writes what is pending to the stream.</summary>
    public void Flush() => _w.Flush();

    /// <summary>Closes the FeatureCollection (once) and flushes; the underlying writer stays usable when it was the caller's.</summary>
    public void End()
    {
        if (_ended) return;
        if (_open is not null) throw new InvalidOperationException("End with a feature still open: call EndFeature first.");
        _w.WriteEndArray();
        _w.WriteEndObject();
        _w.Flush();
        _ended = true;
    }

    /// <summary>Ends the collection and, when this writer made the JSON writer, disposes it.</summary>
    public void Dispose()
    {
        if (_open is null) End();
        if (_ownsWriter) _w.Dispose();
    }

    private void Begin(GeoJsonGeometry geometry, string? id, long? numericId)
    {
        if (_open is not null) throw new InvalidOperationException("BeginFeature with a feature still open: call EndFeature first.");
        if (_ended) throw new InvalidOperationException("The FeatureCollection has ended.");
        _w.WriteStartObject();
        _w.WriteString("type", "Feature");
        if (numericId is { } n) _w.WriteNumber("id", n);
        else if (id is not null) _w.WriteString("id", id);
        _w.WriteStartObject("geometry");
        _w.WriteString("type", geometry == GeoJsonGeometry.Point ? "Point" : "LineString");
        if (geometry == GeoJsonGeometry.Point) _w.WritePropertyName("coordinates");
        else _w.WriteStartArray("coordinates");
        _open = geometry;
    }
}
