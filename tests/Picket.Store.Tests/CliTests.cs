using Picket.Testing.Traffic;
using System.IO.Compression;
using System.Text.Json;
using Picket.Store.Tests.Support;

namespace Picket.Store.Tests;

/// <summary>The store's commands through the real <c>picket</c> executable: ingest (gzip), export, query in all three outputs, bad usage.</summary>
public sealed class CliTests
{
    [Fact]
    public async Task Ingest_export_and_query_work_end_to_end_through_the_cli()
    {
        using var dir = new TempDir();
        var counts = IngestFeed.Write(dir.File("feed.nmea"), 20_000);
        await using (var plain = File.OpenRead(dir.File("feed.nmea")))
        await using (var gz = new GZipStream(File.Create(dir.File("feed.nmea.gz")), CompressionLevel.Fastest))
            await plain.CopyToAsync(gz, TestContext.Current.CancellationToken);
        string db = dir.File("s.duckdb");

        var ingest = await PicketProcess.RunAsync("ingest", dir.File("feed.nmea.gz"), "--db", db, "--json");
        Assert.True(ingest.Exit == 0, ingest.Stderr);
        var result = JsonDocument.Parse(ingest.Stdout).RootElement[0];
        Assert.Equal("ingested", result.GetProperty("status").GetString());
        Assert.Equal(counts.Positions, result.GetProperty("positions_added").GetInt64());
        Assert.Equal(counts.Rejected, result.GetProperty("rejected").GetInt64());

        var export = await PicketProcess.RunAsync("export", "--db", db, "--parquet", dir.File("pq"), "--bbox", "119,33,127,41");
        Assert.True(export.Exit == 0, export.Stderr);
        Assert.True(File.Exists(dir.File("pq/positions.parquet")));

        var imo = SyntheticTraffic.FleetImo(50).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var vessel = await PicketProcess.RunAsync("query", "vessel", imo, "--db", db, "--json");
        Assert.True(vessel.Exit == 0, vessel.Stderr);
        Assert.Equal(412000050, JsonDocument.Parse(vessel.Stdout).RootElement[0].GetProperty("mmsi").GetInt32());

        var table = await PicketProcess.RunAsync("query", "vessel", "412000050", "--db", db);
        Assert.Contains("RENAMED 50", table.Stdout);

        var area = await PicketProcess.RunAsync("query", "area", "--bbox", "119,33,127,41", "--from", "2018-03-02", "--to", "2018-03-03", "--db", db, "--geojson");
        Assert.True(area.Exit == 0, area.Stderr);
        Assert.Equal("FeatureCollection", JsonDocument.Parse(area.Stdout).RootElement.GetProperty("type").GetString());

        var bad = await PicketProcess.RunAsync("query", "area", "--bbox", "1,2,3", "--db", db);
        Assert.Equal(2, bad.Exit);
        Assert.Contains("west,south,east,north", bad.Stderr);
    }
}
