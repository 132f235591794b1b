using Picket.Store.Queries;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Picket.Web.Tests;

/// <summary>An upload becomes an analysis in the served store, followed over server-sent events to its end.</summary>
[Collection(SharedStoreWriters.Name)]
public sealed class AnalysisApiTests(ServerFixture server)
{
    [Fact]
    public async Task An_upload_is_analysed_into_the_store_with_progress_as_server_sent_events()
    {
        var ct = TestContext.Current.CancellationToken;
        using var upload = SecurityTests.Upload(AisLines.Nmea(), ServerFixture.ApiKey);
        using var submitted = await server.Client.SendAsync(upload, ct);
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        string id = (await submitted.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetString()!;

        using var stream = await server.Client.GetAsync($"/api/v1/analyses/{id}/progress", HttpCompletionOption.ResponseHeadersRead, ct);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType!.MediaType);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(120));
        var events = (await stream.Content.ReadAsStringAsync(timeout.Token)).Split('\n')
            .Where(l => l.StartsWith("data: ", StringComparison.Ordinal)).Select(l => JsonDocument.Parse(l[6..]).RootElement).ToList();
        Assert.Equal("queued", events[0].GetProperty("kind").GetString());
        var last = events[^1];
        Assert.True(last.GetProperty("kind").GetString() == "done", $"ended with {last}");
        Assert.Equal(2, last.GetProperty("outcome").GetProperty("positions").GetInt64());

        var status = await server.GetJsonAsync($"/api/v1/analyses/{id}");
        Assert.Equal("done", status.GetProperty("state").GetString());
        // The two position reports' vessels are now in the served store.
        foreach (var mmsi in new[] { "367380120", "371798000" })
        {
            var page = await server.GetJsonAsync($"/api/v1/vessels/{mmsi}");
            Assert.True(page.GetProperty("positions").GetInt64() >= 1);
        }

        // The analysis added positions, so the sorted copies the reads use are rebuilt to hold them too.
        await server.State.OrderingDone.WaitAsync(TimeSpan.FromSeconds(120), ct);
        Assert.Null(server.State.OrderingError);
        Assert.True(await server.State.Store.ReadAsync(s => s.ScalarLong($"SELECT count(*) FROM {OrderedPositions.ByVessel}") == s.ScalarLong("SELECT count(*) FROM positions") && OrderedPositions.IsCurrent(s), ct));
        var timeline = await server.GetJsonAsync("/api/v1/vessels/367380120/timeline");
        Assert.NotEmpty(timeline.GetProperty("points").EnumerateArray());

        // The read model (vessel pages, events in memory) is rebuilt after the analysis and holds the new vessels.
        await server.State.ReadsDone.WaitAsync(TimeSpan.FromSeconds(120), ct);
        Assert.Null(server.State.ReadsError);
        Assert.True(server.State.Reads?.Pages?.ContainsKey(367380120), "the rebuilt read model lacks the uploaded vessel");
        var held = await server.GetJsonAsync("/api/v1/vessels/367380120");
        Assert.True(held.GetProperty("positions").GetInt64() >= 1);
    }
}
