using Picket.Core.GeoJson;

namespace Picket.Core.Tracks;

/// <summary>
/// Streams segments to a GeoJSON FeatureCollection as they close, in the layout of <see cref="SegmentGeoJsonWriter"/>.
/// Only open segments are held, each thinned to one fix per <see cref="MinSpacing"/> (plus its last fix), so a long
/// input needs memory for the vessels active at once, not for the whole track history.
/// </summary>
public sealed class GeoJsonSegmentSink : ITrackSink, IDisposable
{
    private readonly GeoJsonWriter _geo;
    private readonly Dictionary<long, List<VesselFix>> _open = [];
    private readonly Dictionary<long, VesselFix> _lastSeen = [];

    /// <summary>Starts the FeatureCollection on <paramref name="stream"/>; <see cref="Dispose"/> closes it (the stream is left open).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public GeoJsonSegmentSink(Stream stream)
    {
        _geo = new GeoJsonWriter(stream);
    }

    /// <summary>Fixes closer in time than this to the last kept one are dropped from the drawing (not from the analysis).</summary>
    public TimeSpan MinSpacing { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Features written so far (one per closed segment with at least one fix).</summary>
    public long Features { get; private set; }

    /// <inheritdoc/>
    public void OnFix(in SegmentFix fix)
    {
        if (!_open.TryGetValue(fix.SegmentId, out var list))
            _open[fix.SegmentId] = list = [];
        _lastSeen[fix.SegmentId] = fix.Fix;
        if (list.Count == 0 || fix.Fix.Time - list[^1].Time >= MinSpacing)
            list.Add(fix.Fix);
    }

    /// <inheritdoc/>
    public void OnSegmentClosed(in TrackSegment segment)
    {
        if (!_open.Remove(segment.Id, out var list))
            return;
        if (_lastSeen.Remove(segment.Id, out var last) && list[^1] != last)
            list.Add(last);
        SegmentGeoJsonWriter.WriteFeature(_geo, segment, list);
        Features++;
        if (_geo.BytesPending > 1 << 16)
            _geo.Flush();
    }

    /// <summary>Closes the collection. Call after the builder's Flush, which closes every open segment.</summary>
    public void Dispose()
    {
        _geo.Dispose();
    }
}
