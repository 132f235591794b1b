using System.Text.Json;
using Picket.Store.Queries;
using Picket.Web.Tracks;

namespace Picket.Web.Tests;

/// <summary>
/// The track sketch against every fix of the test store: a whole vessel track at a map zoom is the answer Douglas–Peucker
/// gives over all its fixes (same JSON), and a tile drawn from the sketch passes within the tolerance of every fix in
/// the box and window.
/// </summary>
[Collection(SharedStoreWriters.Name)]
public sealed class TrackSketchTests(ServerFixture server)
{
    [Fact]
    public async Task A_whole_track_from_the_sketch_is_the_track_from_every_fix()
    {
        var ct = TestContext.Current.CancellationToken;
        var sketch = (await server.State.Store.ReadAsync(TrackSketch.Build, ct))!;
        Assert.NotNull(sketch);
        var mmsis = server.State.Vessels.Vessels.Select(v => v.Mmsi).Take(15).ToList();
        int compared = 0, thinned = 0;
        foreach (uint mmsi in mmsis)
            foreach (double? zoom in new double?[] { 2, 5.5, 8, 10, TrackSketch.FinestZoom })
                foreach (int maxPoints in new[] { TrackGeoJson.MaxPoints, 40 })
                {
                    var fixes = await server.State.Store.ReadAsync(s => TrackQuery.OfVessel(s, mmsi, TimeWindow.All, TrackEndpoints.MaxFixes, out _), ct);
                    var expected = TrackGeoJson.Build(fixes, zoom, false, maxPoints);
                    var held = sketch.Vessel(mmsi, zoom, maxPoints);
                    Assert.NotNull(held);
                    Assert.Equal(JsonSerializer.Serialize(expected, server.Json), JsonSerializer.Serialize(held, server.Json));
                    compared += expected.Meta.Points > 2 ? 1 : 0;
                    thinned += expected.Meta.Truncated ? 1 : 0;
                }
        Assert.True(compared > 50 && thinned > 5, $"{compared} tracks with points compared, {thinned} thinned to a cap");
        // Finer than the sketch (or every fix) is left to the store.
        Assert.Null(sketch.Vessel(mmsis[0], TrackSketch.FinestZoom + 1));
        Assert.Null(sketch.Vessel(mmsis[0], null));
        Assert.True(sketch.Points < await server.State.Store.ReadAsync(s => s.ScalarLong("SELECT count(*) FROM positions"), ct) / 3);
    }

    [Fact]
    public async Task A_tile_from_the_sketch_passes_near_every_fix_in_its_box_and_window()
    {
        var ct = TestContext.Current.CancellationToken;
        var sketch = (await server.State.Store.ReadAsync(TrackSketch.Build, ct))!;
        var all = await server.State.Store.ReadAsync(s => TrackQuery.InBox(s, new BoundingBox(-180, -90, 180, 90), TimeWindow.All, 2_000_000, out _), ct);
        // Fixes of one-fix segments are drawn by neither path.
        var drawn = TrackGeoJson.Segments(all).Where(s => s.End - s.Start >= 2).SelectMany(s => Enumerable.Range(s.Start, s.End - s.Start)).Select(i => all[i]).ToList();
        var times = drawn.Select(f => f.Time).Order().ToList();
        var middle = drawn[drawn.Count / 2];
        var windows = new[] { TimeWindow.All, new TimeWindow(times[times.Count / 3], times[2 * times.Count / 3]) };
        var boxes = new[]
        {
            new BoundingBox(Math.Floor(middle.Lon) - 1, Math.Floor(middle.Lat) - 1, Math.Floor(middle.Lon) + 1, Math.Floor(middle.Lat) + 1),
            new BoundingBox(middle.Lon - 0.2, middle.Lat - 0.2, middle.Lon + 0.2, middle.Lat + 0.2),
            new BoundingBox(110, 20, 150, 52),
        };
        int checkedFixes = 0;
        foreach (var box in boxes)
            foreach (var window in windows)
                foreach (double zoom in new[] { 6.0, 9, 12 })
                {
                    var tile = sketch.Box(box, window, zoom, TrackEndpoints.MaxFixes)!;
                    double tolerance = tile.Meta.ToleranceDegrees;
                    var lines = tile.Features.GroupBy(f => f.Properties.Mmsi).ToDictionary(g => g.Key, g => g.Select(f => f.Geometry.Coordinates).ToList());
                    var inside = drawn.Where(f => Inside(box, window, f)).ToList();
                    // An even sample of the fixes inside (each is checked against every line of its vessel).
                    foreach (var fix in inside.Where((_, i) => i % Math.Max(1, inside.Count / 800) == 0))
                    {
                        Assert.True(lines.TryGetValue(fix.Mmsi, out var vesselLines), $"{fix.Mmsi} has a fix in the box but no line (zoom {zoom})");
                        double nearest = vesselLines.Min(l => Enumerable.Range(1, l.Count - 1).Min(i => Distance(fix, l[i - 1], l[i])));
                        Assert.True(nearest <= tolerance + 2e-6, $"fix {fix.Mmsi} {fix.Time:O} is {nearest}° from its lines (tolerance {tolerance}°, zoom {zoom})");
                        checkedFixes++;
                    }
                    Assert.True(tile.Meta.Points <= TrackGeoJson.MaxPoints);
                }
        Assert.True(checkedFixes > 3000, $"{checkedFixes} fixes checked");
    }

    [Fact]
    public async Task The_endpoints_answer_tracks_and_tiles_from_the_sketch_once_built()
    {
        var ct = TestContext.Current.CancellationToken;
        // Another test's analysis may finish meanwhile and start a new build (dropping the model): wait for the latest.
        var until = DateTime.UtcNow.AddSeconds(120);
        while (server.State.Reads?.Tracks == null && DateTime.UtcNow < until)
        {
            await server.State.ReadsDone.WaitAsync(TimeSpan.FromSeconds(120), ct);
            if (server.State.Reads?.Tracks == null) await Task.Delay(200, ct);
        }
        var sketch = server.State.Reads?.Tracks;
        Assert.NotNull(sketch);
        uint mmsi = server.State.Vessels.Vessels[0].Mmsi;
        Assert.Equal(JsonSerializer.Serialize(sketch.Vessel(mmsi, 7), server.Json), await server.Client.GetStringAsync($"/api/v1/vessels/{mmsi}/track?zoom=7", ct));
        Assert.Equal(JsonSerializer.Serialize(sketch.Box(new BoundingBox(120, 30, 130, 40), TimeWindow.All, 8, 5000), server.Json),
            await server.Client.GetStringAsync("/api/v1/tracks?bbox=120,30,130,40&zoom=8&limit=5000", ct));
    }

    [Fact]
    public void More_lines_than_the_point_cap_holds_end_the_thinning_with_a_truncated_answer()
    {
        // 30 two-fix segments (3 h apart) cannot fit 40 points at any tolerance: the answer keeps the first 20 lines.
        var start = new DateTime(2018, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var fixes = Enumerable.Range(0, 60).Select(i => new TrackFix(445000001, start.AddHours(3 * (i / 2)).AddMinutes(i % 2), 38 + i * 0.01, 124, null, null)).ToList();
        var answer = TrackGeoJson.Build(fixes, 8, false, 40);
        Assert.True(answer.Meta.Truncated);
        Assert.Equal(40, answer.Meta.Points);
        Assert.Equal(20, answer.Features.Count);
    }

    private static bool Inside(BoundingBox box, TimeWindow window, TrackFix f) =>
        f.Lat >= box.South && f.Lat <= box.North && f.Lon >= box.West && f.Lon <= box.East
        && (window.From is not { } from || f.Time >= from) && (window.To is not { } to || f.Time < to);

    // Distance in degrees from the fix to the segment a–b on the lon/lat plane (the plane the simplification works in).
    private static double Distance(TrackFix p, double[] a, double[] b)
    {
        double dx = b[0] - a[0], dy = b[1] - a[1], len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.Clamp(((p.Lon - a[0]) * dx + (p.Lat - a[1]) * dy) / len2, 0, 1);
        return Math.Sqrt(Math.Pow(p.Lon - (a[0] + t * dx), 2) + Math.Pow(p.Lat - (a[1] + t * dy), 2));
    }
}
