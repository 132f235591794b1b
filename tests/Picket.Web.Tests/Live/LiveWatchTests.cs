using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Picket.Core.Alerts;
using Picket.Core.Events;
using Picket.Web.Security;

namespace Picket.Web.Tests.Live;

/// <summary>
/// <c>picket serve --watch</c> against a simulated feed replayed over loopback TCP: the alert and position streams,
/// the status, and the vessel pages of vessels that arrived live. Alerts are judged against the simulator's truth,
/// positions against the store the same watch wrote.
/// </summary>
public sealed class LiveWatchTests(LiveServerFixture server) : IClassFixture<LiveServerFixture>
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_alert_stream_delivers_the_watch_alerts_each_about_a_planted_meeting()
    {
        await server.WaitForReplayAsync(Ct);
        using var response = await server.Client.GetAsync("/api/v1/live/alerts", HttpCompletionOption.ResponseHeadersRead, Ct);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ResponseHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        var file = ReadAlertsFile();
        Assert.NotEmpty(file);
        var reader = new ServerSentEventReader(await response.Content.ReadAsStreamAsync(Ct));
        var events = await reader.ReadUntilAsync(e => e.Count >= file.Count, TimeSpan.FromSeconds(30), Ct);

        // Every revision the watch wrote to alerts.jsonl came down the stream, in the same order, with its delivery id.
        Assert.Equal(file.Select(a => $"{a.Id}#{a.Revision}"), events.Select(e => Parse(e).Id + "#" + Parse(e).Revision));
        Assert.All(events, e => Assert.Equal("alert", e.Type));
        Assert.All(events, e => Assert.False(string.IsNullOrEmpty(e.Id)));

        // Known answer: each meeting alert is about two vessels the simulator planted a meeting for, at overlapping times.
        var meetings = events.Select(Parse).Where(a => a.Rule is AlertRule.EncounterAtSea or AlertRule.DprkMeeting).ToList();
        Assert.NotEmpty(meetings);
        var planted = server.Truth.Where(t => t.Type == EventType.Encounter).ToList();
        foreach (var a in meetings)
        {
            var pair = a.Vessels.Select(v => v.Mmsi.Value).ToHashSet();
            Assert.True(planted.Any(t => t.Vessels.Any(v => pair.Contains(v.Mmsi.Value)) && t.Vessels.Count(v => pair.Contains(v.Mmsi.Value)) >= Math.Min(2, pair.Count)
                    && t.Start <= a.End && a.Start <= t.End),
                $"alert {a.Id} ({a.Rule}, {string.Join("/", pair)}, {a.Start:u}–{a.End:u}) matches no planted meeting");
        }
    }

    [Fact]
    public async Task A_reconnecting_client_gets_only_the_alerts_after_its_Last_Event_ID()
    {
        await server.WaitForReplayAsync(Ct);
        var file = ReadAlertsFile();
        Assert.True(file.Count >= 2, $"the scenario raised {file.Count} alert revisions; the resume check needs two");
        int k = file.Count / 2;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/live/alerts");
        request.Headers.Add("Last-Event-ID", $"{file[k - 1].Id}#{file[k - 1].Revision}");
        using var response = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Ct);
        var reader = new ServerSentEventReader(await response.Content.ReadAsStreamAsync(Ct));
        var events = await reader.ReadUntilAsync(e => e.Count >= file.Count - k, TimeSpan.FromSeconds(30), Ct);
        // Nothing more arrives: the feed has ended, so a further read would only time out.
        var more = await reader.ReadUntilAsync(e => e.Count >= 1, TimeSpan.FromSeconds(2), Ct);
        Assert.Equal(file.Skip(k).Select(a => a.Id + "#" + a.Revision), events.Concat(more).Select(e => e.Id));
    }

    [Fact]
    public async Task The_position_stream_shows_vessels_moving_and_ends_on_each_vessel_latest_stored_position()
    {
        await server.WaitForReplayAsync(Ct);
        var frames = server.RecordedFrames;
        Assert.All(frames, f => Assert.Equal("positions", f.Type));
        var seen = new Dictionary<uint, List<(double Lat, double Lon)>>();
        foreach (var f in frames) Collect(f, seen);
        int moving = seen.Values.Count(p => p.Distinct().Count() >= 3);
        Assert.True(moving >= 10, $"only {moving} vessels moved over {frames.Count} frames ({seen.Count} vessels seen)");
        Assert.True(frames.Count >= 10, $"only {frames.Count} frames over a {LiveServerFixture.ReplaySeconds} s replay");

        var latest = await LatestFromStreamAsync(Ct);
        var stored = await StoredLatestAsync();
        Assert.Equal(stored.Count, latest.Count);
        foreach (var (mmsi, p) in stored)
        {
            Assert.True(latest.TryGetValue(mmsi, out var got), $"{mmsi} is in the batch analysis but not on the live map");
            Assert.True(IsLatest(p, got), $"{mmsi} is at {got} on the live map, at {string.Join(" or ", p)} after the batch analysis");
        }
    }

    [Fact]
    public async Task A_client_that_reads_nothing_gets_the_latest_positions_not_a_backlog()
    {
        // The fixture's slow client: a small receive window, nothing read while the replay ran.
        var status = await server.WaitForReplayAsync(Ct);
        long updates = status.GetProperty("positions").GetProperty("updates").GetInt64();

        using var stream = new NetworkStream(server.SlowClient, ownsSocket: false);
        var body = await SkipHeadersAsync(stream);
        var reader = new ServerSentEventReader(body);
        var latest = new Dictionary<uint, (double Lat, double Lon)>();
        var stored = await StoredLatestAsync();
        long received = 0;
        await reader.ReadUntilAsync(e =>
        {
            if (e.Count > 0) received += Collect(e[^1], latest);
            return latest.Count == stored.Count && stored.All(s => latest.TryGetValue(s.Key, out var p) && IsLatest(s.Value, p));
        }, TimeSpan.FromSeconds(30), Ct);

        Assert.Equal(stored.Count, latest.Count);
        foreach (var (mmsi, p) in stored)
            Assert.True(IsLatest(p, latest[mmsi]), $"{mmsi} is at {latest[mmsi]} for the stalled client, at {string.Join(" or ", p)} after the batch analysis");
        // The fixes it never saw were replaced on the board by newer ones, not queued for it: far fewer positions than
        // there were fixes. (Loopback socket buffers hold this small replay's frames, so the server's write did not have
        // to wait here; LivePositionStreamTests holds a write back and shows the connection keeps one frame.)
        Assert.True(received * 4 < updates, $"the stalled client received {received:N0} positions of {updates:N0} fixes: a backlog, not the latest");
        var after = JsonDocument.Parse(await server.Client.GetStringAsync("/api/v1/live/status", Ct)).RootElement.GetProperty("positions");
        Assert.True(after.GetProperty("coalesced").GetInt64() > 0);
    }

    [Fact]
    public async Task Vessels_that_arrived_live_have_pages_and_the_status_counts_the_feed()
    {
        var status = await server.WaitForReplayAsync(Ct);
        Assert.Equal("running", status.GetProperty("state").GetString());
        var source = status.GetProperty("sources")[0];
        Assert.Equal(server.FeedLines, source.GetProperty("lines").GetInt64());
        Assert.True(source.GetProperty("messages").GetInt64() > 0);
        Assert.True(status.GetProperty("readModel").GetProperty("lastMilliseconds").GetDouble() > 0);

        var stored = await StoredLatestAsync();
        Assert.True(stored.Count >= 20, $"only {stored.Count} vessels in the scenario");
        foreach (var mmsi in stored.Keys.Order().Take(5))
        {
            var page = JsonDocument.Parse(await server.Client.GetStringAsync($"/api/v1/vessels/{mmsi}", Ct)).RootElement;
            Assert.Equal(mmsi, page.GetProperty("mmsi").GetUInt32());
        }
        // The simulator's vessels broadcast names (type 5): search finds a live-arrived vessel by its name.
        var named = server.Truth.SelectMany(t => t.Vessels).FirstOrDefault(v => !string.IsNullOrEmpty(v.Name) && stored.ContainsKey(v.Mmsi.Value));
        if (named.Name != null)
        {
            var hits = JsonDocument.Parse(await server.Client.GetStringAsync($"/api/v1/vessels?q={Uri.EscapeDataString(named.Name)}", Ct)).RootElement;
            Assert.Contains(hits.GetProperty("vessels").EnumerateArray(), h => h.GetProperty("mmsi").GetUInt32() == named.Mmsi.Value);
        }
        var events = JsonDocument.Parse(await server.Client.GetStringAsync("/api/v1/events?limit=1000", Ct)).RootElement;
        Assert.True(events.GetProperty("total").GetInt32() > 0, "no event of the watch reached the server's store");
    }

    [Fact]
    public async Task The_live_endpoints_are_in_the_OpenAPI_document()
    {
        var doc = JsonDocument.Parse(await server.Client.GetStringAsync("/openapi/v1.json", Ct)).RootElement;
        var paths = doc.GetProperty("paths");
        foreach (var p in new[] { "/api/v1/live/status", "/api/v1/live/alerts", "/api/v1/live/positions" })
            Assert.True(paths.TryGetProperty(p, out _), $"{p} is not in the document");
    }

    private List<PicketAlert> ReadAlertsFile()
    {
        using var file = new FileStream(Path.Combine(server.WatchDirectory, "alerts.jsonl"), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return [.. new JsonLinesAlertReader(file).ReadAll()];
    }

    private static PicketAlert Parse(ServerSentEvent e) =>
        JsonLinesAlertReader.Parse(Encoding.UTF8.GetBytes(e.Data), out var problem) ?? throw new InvalidOperationException($"not an alert: {problem}");

    /// <summary>Adds a frame's positions to <paramref name="into"/>; returns how many it held.</summary>
    private static int Collect(ServerSentEvent frame, Dictionary<uint, List<(double, double)>> into)
    {
        var items = JsonDocument.Parse(frame.Data).RootElement;
        foreach (var p in items.EnumerateArray())
        {
            uint mmsi = p.GetProperty("mmsi").GetUInt32();
            if (!into.TryGetValue(mmsi, out var list)) into[mmsi] = list = [];
            list.Add((p.GetProperty("lat").GetDouble(), p.GetProperty("lon").GetDouble()));
        }
        return items.GetArrayLength();
    }

    private static int Collect(ServerSentEvent frame, Dictionary<uint, (double Lat, double Lon)> into)
    {
        var items = JsonDocument.Parse(frame.Data).RootElement;
        foreach (var p in items.EnumerateArray())
            into[p.GetProperty("mmsi").GetUInt32()] = (p.GetProperty("lat").GetDouble(), p.GetProperty("lon").GetDouble());
        return items.GetArrayLength();
    }

    /// <summary>Each vessel's position as a new client sees it: the first frames carry every vessel at its newest.</summary>
    private async Task<Dictionary<uint, (double Lat, double Lon)>> LatestFromStreamAsync(CancellationToken ct)
    {
        using var response = await server.Client.GetAsync("/api/v1/live/positions", HttpCompletionOption.ResponseHeadersRead, ct);
        var reader = new ServerSentEventReader(await response.Content.ReadAsStreamAsync(ct));
        var latest = new Dictionary<uint, (double, double)>();
        await reader.ReadUntilAsync(e =>
        {
            if (e.Count > 0) Collect(e[^1], latest);
            return e.Count > 0 && latest.Count >= server.Watch.Positions.Vessels;
        }, TimeSpan.FromSeconds(30), ct);
        return latest;
    }

    /// <summary>
    /// The known answer for the live map: each vessel's latest position after the batch analysis (<c>picket analyze</c>'s
    /// job) of the same recording, in its own store. The positions at the latest time: more than one when two
    /// transmitters shared the MMSI in the same second (the simulator plants such clashes), and then the map may show either.
    /// </summary>
    private Task<Dictionary<uint, List<(double Lat, double Lon)>>> StoredLatestAsync() =>
        Task.Run(() =>
        {
            using var s = Picket.Store.StoreDatabase.Open(server.BatchStorePath);
            var result = new Dictionary<uint, List<(double, double)>>();
            using var cmd = s.Connection.CreateCommand();
            cmd.CommandText = """
                WITH p AS (SELECT * FROM positions_deg WHERE lat BETWEEN -90 AND 90 AND lon BETWEEN -180 AND 180)
                SELECT mmsi, lat, lon FROM p WHERE ts = (SELECT max(ts) FROM p q WHERE q.mmsi = p.mmsi)
                """;
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                uint mmsi = (uint)Convert.ToInt64(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
                if (!result.TryGetValue(mmsi, out var list)) result[mmsi] = list = [];
                list.Add((r.GetDouble(1), r.GetDouble(2)));
            }
            return result;
        }, Ct);

    private static bool IsLatest(List<(double Lat, double Lon)> candidates, (double Lat, double Lon) p) =>
        candidates.Any(c => Math.Abs(c.Lat - p.Lat) < 1e-5 && Math.Abs(c.Lon - p.Lon) < 1e-5);

    /// <summary>The body of an HTTP/1.0 answer (no chunking: it ends when the connection closes).</summary>
    private static async Task<Stream> SkipHeadersAsync(NetworkStream stream)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (!(head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n'))
        {
            if (await stream.ReadAsync(one) == 0) throw new EndOfStreamException("the server closed before its headers");
            head.Add(one[0]);
        }
        Assert.StartsWith("HTTP/1.1 200", Encoding.ASCII.GetString([.. head]), StringComparison.Ordinal);
        return stream;
    }
}
