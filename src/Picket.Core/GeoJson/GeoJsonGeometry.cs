namespace Picket.Core.GeoJson;

/// <summary>The RFC 7946 §3.1 geometry types Picket writes: a position (a vessel, an event) or a track.</summary>
public enum GeoJsonGeometry
{
    /// <summary>One position (RFC 7946 §3.1.2).</summary>
    Point,

    /// <summary>Two or more positions joined in order (RFC 7946 §3.1.4).</summary>
    LineString,
}
