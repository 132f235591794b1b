using System.Text;
using System.Text.Json;
using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Events;

public sealed class JsonLinesEventWriterTests
{
    private static PicketEvent Sample(string id) => new(
        id, EventType.PositionJump,
        new DateTimeOffset(2018, 3, 2, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2018, 3, 2, 16, 20, 0, TimeSpan.Zero),
        GeoPoint.Create(38.91, 123.82),
        [new EventVessel(new Mmsi(445112000), 8660313, "CHON MA SAN")],
        0.9,
        new Evidence()
            .Add("fixes", 10L)
            .Add("jump_distance_km", 300.1234567)
            .Add("implied_speed_back_kn", double.PositiveInfinity)
            .Add("segments", ["3", "4"])
            .Add("depart", new Evidence().Add("time", new DateTimeOffset(2018, 3, 2, 9, 57, 0, 500, TimeSpan.Zero)).Add("position", GeoPoint.Create(38.9, 123.8))));

    [Fact]
    public void Writes_one_object_per_line_in_the_architecture_layout()
    {
        using var ms = new MemoryStream();
        using (var w = new JsonLinesEventWriter(ms, leaveOpen: true))
        {
            w.Emit(Sample("a"));
            w.Emit(Sample("b"));
            Assert.Equal(2, w.Written);
        }
        var lines = Encoding.UTF8.GetString(ms.ToArray()).Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal("", lines[2]);
        using var doc = JsonDocument.Parse(lines[0]);
        var r = doc.RootElement;
        Assert.Equal("a", r.GetProperty("id").GetString());
        Assert.Equal("position_jump", r.GetProperty("type").GetString());
        Assert.Equal("2018-03-02T10:00:00Z", r.GetProperty("start").GetString());
        Assert.Equal("2018-03-02T16:20:00Z", r.GetProperty("end").GetString());
        Assert.Equal(38.91, r.GetProperty("lat").GetDouble());
        Assert.Equal(123.82, r.GetProperty("lon").GetDouble());
        var v = r.GetProperty("vessels")[0];
        Assert.Equal(445112000, v.GetProperty("mmsi").GetInt64());
        Assert.Equal(8660313, v.GetProperty("imo").GetInt32());
        Assert.Equal("CHON MA SAN", v.GetProperty("name").GetString());
        Assert.Equal(0.9, r.GetProperty("confidence").GetDouble());
        var e = r.GetProperty("evidence");
        Assert.Equal(10, e.GetProperty("fixes").GetInt64());
        Assert.Equal(300.123457, e.GetProperty("jump_distance_km").GetDouble());
        Assert.Equal(JsonValueKind.Null, e.GetProperty("implied_speed_back_kn").ValueKind);
        Assert.Equal("4", e.GetProperty("segments")[1].GetString());
        Assert.Equal("2018-03-02T09:57:00.500Z", e.GetProperty("depart").GetProperty("time").GetString());
        Assert.Equal(38.9, e.GetProperty("depart").GetProperty("position").GetProperty("lat").GetDouble());
    }

    [Fact]
    public void Event_without_position_omits_lat_lon()
    {
        using var ms = new MemoryStream();
        using (var w = new JsonLinesEventWriter(ms, leaveOpen: true))
            w.Emit(Sample("x") with { Type = EventType.IdentityChange, Position = null });
        using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(ms.ToArray()).TrimEnd('\n'));
        Assert.False(doc.RootElement.TryGetProperty("lat", out _));
        Assert.Equal("identity_change", doc.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public void Wire_names_round_trip()
    {
        foreach (var t in Enum.GetValues<EventType>())
        {
            Assert.True(EventTypeNames.TryParse(t.ToWireName(), out var back));
            Assert.Equal(t, back);
        }
        Assert.False(EventTypeNames.TryParse("teleport", out _));
    }

    [Fact]
    public void Duplicate_evidence_keys_are_api_misuse()
    {
        var e = new Evidence().Add("k", 1L);
        Assert.Throws<ArgumentException>(() => e.Add("k", 2L));
    }
}
