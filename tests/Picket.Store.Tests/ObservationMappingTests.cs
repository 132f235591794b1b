using System.Text.Json;
using Picket.Ais;
using Picket.Ais.Messages;
using Picket.Ais.Nmea;
using Picket.Core.Input;
using Picket.Core.Tracks;
using Picket.Core.Vessels;
using Picket.Store.Ingest;
using Picket.Store.Tests.Support;

namespace Picket.Store.Tests;

/// <summary>
/// The store and the analysis read messages through one mapping (Core's <c>AisObservations</c>), so they tell the same
/// identity story. Before, the store dropped the name and ship type of a type 19 (Class B extended position report,
/// ITU-R M.1371-5 §3.19): <c>picket query vessel</c> showed no name where <c>vessels.jsonl</c> had one.
/// </summary>
public sealed class ObservationMappingTests
{
    private const uint ClassB = 441_900_019;
    private const long T0 = 1_520_000_000_000L; // 2018-03-02

    /// <summary>A Class B vessel heard only through type 19 (name, type 37 pleasure craft, 12 x 4 m) and type 18.</summary>
    private static void WriteFeed(string path)
    {
        using var w = new StreamWriter(path) { NewLine = "\n" };
        var nmea = new NmeaWriter();
        for (int i = 0; i < 40; i++)
        {
            long t = T0 + i * 60_000L;
            int lat = (int)Math.Round((36.5 + i * 0.001) * 600_000), lon = (int)Math.Round(125.0 * 600_000);
            if (i % 10 == 0)
                AisEncoder.Write(nmea, w, new ExtendedPositionReportClassB
                {
                    Mmsi = ClassB, SpeedRaw = 60, LongitudeRaw = lon, LatitudeRaw = lat, CourseRaw = 0, HeadingRaw = 511, SecondRaw = 60,
                    Name = "SEA WIND 19", ShipType = 37, ToBow = 8, ToStern = 4, ToPort = 2, ToStarboard = 2,
                }, 'B', t, "rx1");
            else
                AisEncoder.Write(nmea, w, new PositionReportClassB { Mmsi = ClassB, SpeedRaw = 60, LongitudeRaw = lon, LatitudeRaw = lat, CourseRaw = 0, HeadingRaw = 511, SecondRaw = 60 }, 'B', t, "rx1");
        }
    }

    [Fact]
    public async Task A_type_19_name_and_ship_type_reach_the_store_exactly_as_they_reach_the_analysis()
    {
        using var dir = new TempDir();
        string feed = dir.File("feed.nmea");
        WriteFeed(feed);
        var ct = TestContext.Current.CancellationToken;

        // The analysis side: what the identity stage is given.
        var seen = new List<IdentityReport>();
        var positions = 0;
        var analysis = new AisFeed(new Recorder(_ => positions++, seen.Add));
        await using (var input = File.OpenRead(feed))
            await NmeaStreamReader.ReadAsync(input, new AisDecoder(), analysis, cancellationToken: ct);
        Assert.Equal(4, seen.Count);
        Assert.All(seen, r => Assert.Equal(("SEA WIND 19", (byte?)37, 12, 4), (r.Name, r.ShipType?.Code, r.Dimensions!.Value.Length, r.Dimensions.Value.Beam)));
        Assert.Equal(40, positions);

        // picket ingest and the live ingest of analyze hold the same four reports, with the same values.
        using var store = StoreDatabase.Open(dir.File("s.duckdb"));
        var result = await new StoreIngestor(store).IngestAsync(feed, ct: ct);
        Assert.Equal(IngestStatus.Ingested, result.Status);
        store.RefreshVessels();
        using var live = StoreDatabase.Open(dir.File("live.duckdb"));
        using (var ingest = new LiveIngest(live))
        {
            await LiveFeed.NmeaAsync(ingest, feed, ct);
            ingest.Complete();
        }
        foreach (var db in new[] { store, live })
        {
            Assert.Equal(40, db.ScalarLong("SELECT count(*) FROM positions"));
            Assert.Equal(4, db.ScalarLong($"SELECT count(*) FROM identity_reports WHERE mmsi = {ClassB} AND msg_type = 19 AND name = 'SEA WIND 19' AND ship_type = 37 AND length = 12 AND beam = 4"));
            Assert.Equal("SEA WIND 19", db.ScalarText($"SELECT name FROM vessels WHERE mmsi = {ClassB}"));
        }
        Assert.Equal(StoreFingerprint.Of(store), StoreFingerprint.Of(live));
    }

    [Fact]
    public async Task Analyze_writes_the_same_type_19_identity_to_vessels_jsonl_and_to_the_store_that_query_reads()
    {
        using var dir = new TempDir();
        string feed = dir.File("feed.nmea");
        WriteFeed(feed);
        var analyze = await PicketProcess.RunAsync("analyze", feed, "--out", dir.File("out"), "--quiet");
        Assert.True(analyze.Exit == 0, analyze.Stderr);

        var line = File.ReadLines(dir.File("out/vessels.jsonl")).Single(l => l.Contains(ClassB.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var history = JsonDocument.Parse(line).RootElement.GetProperty("history");
        Assert.Equal("SEA WIND 19", history[history.GetArrayLength() - 1].GetProperty("name").GetString());

        var query = await PicketProcess.RunAsync("query", "vessel", ClassB.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", dir.File("out/picket.duckdb"), "--json");
        Assert.True(query.Exit == 0, query.Stderr);
        var identity = Assert.Single(JsonDocument.Parse(query.Stdout).RootElement[0].GetProperty("identities").EnumerateArray());
        Assert.Equal("SEA WIND 19", identity.GetProperty("name").GetString());
        Assert.Equal(37, identity.GetProperty("ship_type").GetInt32());
    }

    private sealed class Recorder(Action<VesselFix> fixes, Action<IdentityReport> identities) : IFeedTarget
    {
        public void OnFix(in VesselFix fix) => fixes(fix);

        public void OnIdentity(in IdentityReport report) => identities(report);
    }
}
