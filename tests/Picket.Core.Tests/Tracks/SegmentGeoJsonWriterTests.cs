using System.Text.Json;
using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Tracks;

public sealed class SegmentGeoJsonWriterTests
{
    [Fact]
    public void Segments_become_linestrings_and_stray_fixes_points()
    {
        var t0 = new DateTimeOffset(2018, 3, 2, 0, 0, 0, TimeSpan.Zero);
        var sink = new SegmentCollector();
        var b = new TrackBuilder(null, sink, new EventCollector());
        for (var i = 0; i < 20; i++)
            b.Add(new VesselFix(new Mmsi(445112000), t0.AddMinutes(i * 3), i == 5 ? 10 : 38 + i * 0.005, i == 5 ? 100 : 124.0));
        b.Flush();

        using var ms = new MemoryStream();
        SegmentGeoJsonWriter.Write(ms, sink);
        using var doc = JsonDocument.Parse(ms.ToArray());
        Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(2, features.Count);
        var line = features.Single(f => f.GetProperty("geometry").GetProperty("type").GetString() == "LineString");
        Assert.Equal(19, line.GetProperty("geometry").GetProperty("coordinates").GetArrayLength());
        Assert.Equal(124.0, line.GetProperty("geometry").GetProperty("coordinates")[0][0].GetDouble()); // [lon, lat]
        Assert.Equal(445112000, line.GetProperty("properties").GetProperty("mmsi").GetInt64());
        Assert.Equal("track", line.GetProperty("properties").GetProperty("role").GetString());
        var point = features.Single(f => f.GetProperty("geometry").GetProperty("type").GetString() == "Point");
        Assert.Equal("jump", point.GetProperty("properties").GetProperty("role").GetString());
        Assert.Equal(line.GetProperty("id").GetInt64(), point.GetProperty("properties").GetProperty("parent").GetInt64());
    }
}
