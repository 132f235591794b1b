using System.Text;
using System.Text.Json;
using Picket.Core.GeoJson;

namespace Picket.Core.Tests.GeoJson;

/// <summary>The one GeoJSON writer against RFC 7946 text written by hand: member order, [lon, lat], rounding, ids.</summary>
public sealed class GeoJsonWriterTests
{
    [Fact]
    public void A_point_and_a_line_are_written_as_rfc_7946_with_longitude_first_and_six_decimals()
    {
        using var ms = new MemoryStream();
        using (var geo = new GeoJsonWriter(ms))
        {
            geo.BeginFeature(GeoJsonGeometry.Point, "encounter:445112000");
            geo.Position(123.82000049, 38.9100004);
            geo.BeginProperties().WriteString("kind", "event");
            geo.EndFeature();
            geo.BeginFeature(GeoJsonGeometry.LineString, 7);
            geo.Position(-0.0000004, 1);
            geo.Position(179.9999996, -89.1234565);
            geo.EndFeature();
            Assert.Equal(2, geo.Features);
        }

        const string expected =
            """{"type":"FeatureCollection","features":[""" +
            """{"type":"Feature","id":"encounter:445112000","geometry":{"type":"Point","coordinates":[123.82,38.91]},"properties":{"kind":"event"}},""" +
            """{"type":"Feature","id":7,"geometry":{"type":"LineString","coordinates":[[-0,1],[180,-89.123456]]},"properties":{}}]}""";
        Assert.Equal(expected, Encoding.UTF8.GetString(ms.ToArray()));
    }

    [Fact]
    public void An_empty_collection_is_still_a_feature_collection()
    {
        using var ms = new MemoryStream();
        new GeoJsonWriter(ms).Dispose();
        Assert.Equal("""{"type":"FeatureCollection","features":[]}""", Encoding.UTF8.GetString(ms.ToArray()));
    }

    [Fact]
    public void On_a_callers_writer_the_collection_is_one_value_and_the_formatting_is_the_callers()
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartArray();
            var geo = new GeoJsonWriter(w);
            geo.BeginFeature(GeoJsonGeometry.Point);
            geo.Position(1.5, 2.5);
            geo.EndFeature();
            geo.End();
            w.WriteNumberValue(42);
            w.WriteEndArray();
        }

        using var doc = JsonDocument.Parse(ms.ToArray());
        Assert.Equal(2, doc.RootElement.GetArrayLength());
        var feature = doc.RootElement[0].GetProperty("features")[0];
        Assert.False(feature.TryGetProperty("id", out _));
        Assert.Equal(1.5, feature.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble());
        Assert.Contains('\n', Encoding.UTF8.GetString(ms.ToArray()));
    }

    [Fact]
    public void Non_finite_coordinates_and_misordered_calls_are_refused_before_any_invalid_json()
    {
        using var geo = new GeoJsonWriter(Stream.Null);
        Assert.Throws<InvalidOperationException>(() => geo.Position(1, 2));
        geo.BeginFeature(GeoJsonGeometry.Point);
        Assert.Throws<ArgumentOutOfRangeException>(() => geo.Position(double.NaN, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => geo.Position(1, double.PositiveInfinity));
        Assert.Throws<InvalidOperationException>(() => geo.BeginFeature(GeoJsonGeometry.Point));
        geo.Position(1, 2);
        geo.EndFeature();
        Assert.Throws<InvalidOperationException>(() => geo.EndFeature());
    }
}
