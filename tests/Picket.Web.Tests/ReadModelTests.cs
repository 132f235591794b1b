using System.Text.Json;
using Picket.Core.Events;
using Picket.Store.Queries;
using Picket.Web.Data;
using Picket.Web.Events;
using Picket.Web.Vessels;

namespace Picket.Web.Tests;

/// <summary>
/// The read model (vessel pages and events held in memory) answers exactly what the store's queries answer: the same
/// JSON, for every vessel of the test store and for filters that cut events every way the API allows.
/// </summary>
[Collection(SharedStoreWriters.Name)]
public sealed class ReadModelTests(ServerFixture server)
{
    private JsonSerializerOptions Json => server.Json;

    [Fact]
    public async Task Every_vessel_page_from_memory_is_the_page_the_queries_give()
    {
        var ct = TestContext.Current.CancellationToken;
        var directory = server.State.Vessels;
        var (model, fromQueries) = await server.State.Store.ReadAsync(s =>
        {
            // Other tests of this server post analyses meanwhile: both readings must see the same commit.
            using var snapshot = s.Connection.BeginTransaction();
            var built = ReadModel.Build(s, directory);
            var queried = directory.Vessels.ToDictionary(v => v.Mmsi, v => VesselDetail.From(
                VesselQuery.Find(s, v.Mmsi.ToString("D9", System.Globalization.CultureInfo.InvariantCulture), VesselEndpoints.LatestPositions)[0],
                v, DraughtQuery.OfVessel(s, v.Mmsi)));
            return (built, queried);
        }, ct);
        Assert.NotNull(model.Pages);
        Assert.True(fromQueries.Count >= 30, $"{fromQueries.Count} vessels");
        int withEvents = 0, withMatches = 0, withLatest = 0;
        foreach (var (mmsi, expected) in fromQueries)
        {
            Assert.True(model.Pages.TryGetValue(mmsi, out var held), $"no page for {mmsi}");
            Assert.Equal(JsonSerializer.Serialize(expected, Json), JsonSerializer.Serialize(held, Json));
            withEvents += expected.Events.Count > 0 ? 1 : 0;
            withMatches += expected.Matches.Count > 0 ? 1 : 0;
            withLatest += expected.Latest.Any(l => l.Draught != null) ? 1 : 0;
        }
        // The comparison covered pages with every part filled, not only empty ones.
        Assert.True(withEvents > 5 && withLatest > 5, $"{withEvents} pages with events, {withLatest} with draughts");
    }

    [Fact]
    public async Task The_vessel_page_endpoint_answers_from_memory_byte_for_byte_as_from_the_store()
    {
        var ct = TestContext.Current.CancellationToken;
        await server.State.ReadsDone.WaitAsync(TimeSpan.FromSeconds(60), ct);
        Assert.NotNull(server.State.Reads?.Pages);
        foreach (var v in server.State.Vessels.Vessels.Take(12))
        {
            // Other tests post analyses to this server meanwhile: one may commit between the request and the store read.
            // The claim is equality while nothing writes, so a mismatch is read again once the server has settled.
            for (var attempt = 0; ; attempt++)
            {
                string body = await server.Client.GetStringAsync($"/api/v1/vessels/{v.Mmsi}", ct);
                var expected = await server.State.Store.ReadAsync(s => VesselDetail.From(
                    VesselQuery.Find(s, v.Mmsi.ToString("D9", System.Globalization.CultureInfo.InvariantCulture), VesselEndpoints.LatestPositions)[0],
                    server.State.Vessels.ByMmsi[v.Mmsi], DraughtQuery.OfVessel(s, v.Mmsi)), ct);
                if (attempt == 1 || JsonSerializer.Serialize(expected, Json) == body)
                {
                    Assert.Equal(JsonSerializer.Serialize(expected, Json), body);
                    break;
                }
                await Task.Delay(TimeSpan.FromSeconds(3), ct);
                await server.State.ReadsDone.WaitAsync(TimeSpan.FromSeconds(60), ct);
            }
        }
        using var missing = await server.Client.GetAsync("/api/v1/vessels/123456789", ct);
        Assert.Equal(404, (int)missing.StatusCode);
    }

    [Fact]
    public async Task Event_pages_from_memory_are_the_pages_the_query_gives()
    {
        var ct = TestContext.Current.CancellationToken;
        var (index, all) = await server.State.Store.ReadAsync(s =>
        {
            using var snapshot = s.Connection.BeginTransaction(); // one commit for both, as above
            return (EventIndex.Load(s, ReadModel.MaxEvents)!, EventQuery.All(s));
        }, ct);
        Assert.True(all.Count > 20, $"{all.Count} events");
        var times = all.Select(e => e.Start).Order().ToList();
        DateTime mid = times[times.Count / 2], early = times[times.Count / 4].AddTicks(7), late = times[3 * times.Count / 4];
        var encounter = all.First(e => e.Type == "encounter");
        var placed = all.Where(e => e.Latitude != null).ToList();
        double lat = placed[placed.Count / 2].Latitude!.Value, lon = placed[placed.Count / 2].Longitude!.Value;
        var filters = new List<EventFilter>
        {
            new(),
            new() { Limit = 5, Offset = 3 },
            new() { Limit = 10, Offset = all.Count + 5 },
            new() { Types = [EventType.Encounter] },
            new() { Types = [EventType.Gap, EventType.PortCall, EventType.Gap], Limit = 1000 },
            new() { Types = [EventType.Encounter, EventType.Loitering], Window = new TimeWindow(early, late) },
            new() { Window = new TimeWindow(mid, null), Limit = 1000 },
            new() { Window = new TimeWindow(null, mid), Limit = 1000 },
            new() { Window = new TimeWindow(encounter.Start, encounter.Start.AddTicks(1)) },
            new() { Mmsi = (uint)encounter.OtherMmsi!.Value, Limit = 1000 },
            new() { Mmsi = (uint)encounter.Mmsi!.Value, Types = [EventType.Encounter] },
            new() { Mmsi = 999_999_999 },
            new() { MinConfidence = 0.8, Limit = 1000 },
            new() { Box = new BoundingBox(lon - 0.5, lat - 0.5, lon + 0.5, lat + 0.5), Limit = 1000 },
            new() { Box = new BoundingBox(lon, lat, lon, lat) },
            new() { Box = new BoundingBox(170, -90, lon + 0.1, 90), Limit = 1000 }, // across the antimeridian
            new() { Box = new BoundingBox(lon - 1, lat - 1, lon + 1, lat + 1), Types = [EventType.Encounter], MinConfidence = 0.5, Window = new TimeWindow(early, null) },
        };
        foreach (var filter in filters)
        {
            var expected = await server.State.Store.ReadAsync(s => EventQuery.Find(s, filter), ct);
            var (page, total) = index.Find(filter);
            Assert.Equal(expected.Total, total);
            Assert.Equal(JsonSerializer.Serialize(expected.Events.Select(ApiEvent.From), Json), JsonSerializer.Serialize(page, Json));
        }
        Assert.Contains(filters, f => index.Find(f).Total is > 0 and < 1000 && f.Box != null);
        Assert.Equal(encounter.Id, index.ById(encounter.Id)?.Stored.Id);
        Assert.Null(index.ById("no-such-event"));
    }
}
