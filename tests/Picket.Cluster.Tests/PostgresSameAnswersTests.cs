using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Picket.Cluster.Tests.Infrastructure;

namespace Picket.Cluster.Tests;

/// <summary>
/// Same answers on PostgreSQL: a small simulated sea (60 vessels × 24 h, seed 1) analysed by <c>picket analyze</c> in one
/// process and by <c>picket cluster analyze --postgres</c> on three silo processes whose membership and grain state are
/// in a test-started PostgreSQL that starts empty (the silos create the tables): the events.jsonl lines and every
/// vessel's risk are equal, and the grains' checkpoints really are rows in PostgreSQL.
/// </summary>
public class PostgresSameAnswersTests
{
    [Fact]
    public async Task Three_silos_on_postgres_give_the_events_and_risk_of_one_process()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var pg = await PostgresServer.StartOrSkipAsync(ct);
        using var dir = new TempDir("picket-cluster-pg");
        await SameAnswersTests.Run(["simulate", "--seed", "1", "--hours", "24", "--vessels", "60", "--out", dir["sim"]]);
        var feed = Path.Combine(dir["sim"], "feed.nmea");
        await SameAnswersTests.Run(["analyze", feed, "--out", dir["whole"], "--no-store", "-q"]);

        var silos = new List<SiloProcess>();
        var clock = Stopwatch.StartNew();
        try
        {
            // One after another: three joining at once on two cores can declare each other dead.
            foreach (var _ in Enumerable.Range(0, 3))
                silos.Add(await SiloProcess.StartOnAsync(["--postgres", pg.ConnectionString], ct));
            var run = await SameAnswersTests.Run(["cluster", "analyze", feed, "--postgres", pg.ConnectionString, "--out", dir["cluster"], "--no-store", "-q"]);
            Assert.Contains("0 epochs sent again", run, StringComparison.Ordinal);
            StatusHasEveryLiveSiloWithItsLoad(await SameAnswersTests.Run(["cluster", "status", "--postgres", pg.ConnectionString]), silos);
            TestContext.Current.SendDiagnosticMessage($"3 silos on PostgreSQL: {clock.Elapsed.TotalSeconds:F1} s from the first silo's start; {run.Split('\n').First(l => l.StartsWith("cluster:", StringComparison.Ordinal))}");
        }
        finally
        {
            foreach (var s in silos) await s.DisposeAsync();
        }

        var whole = SameAnswersTests.Lines(Path.Combine(dir["whole"], "events.jsonl"));
        Assert.NotEmpty(whole);
        Assert.Equal(whole, SameAnswersTests.Lines(Path.Combine(dir["cluster"], "events.jsonl")));
        var wholeRisk = SameAnswersTests.Risk(Path.Combine(dir["whole"], "vessels.jsonl"));
        Assert.NotEmpty(wholeRisk);
        Assert.Equal(wholeRisk, SameAnswersTests.Risk(Path.Combine(dir["cluster"], "vessels.jsonl")));

        // Every vessel grain checkpointed its state at least once, as a versioned row.
        await using var connection = new NpgsqlConnection(pg.ConnectionString);
        await connection.OpenAsync(ct);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM picket_grain_state WHERE GrainTypeString = 'vessel' AND PayloadBinary IS NOT NULL AND Version >= 1", connection);
        var rows = Convert.ToInt32(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        Assert.Equal(wholeRisk.Count, rows);
    }

    /// <summary>
    /// <c>picket cluster status</c> after the run: one Active row per live silo (by its port), each holding vessel grains,
    /// having served grain calls, and reporting a queue depth (a number, not "-": its load meter answered).
    /// </summary>
    private static void StatusHasEveryLiveSiloWithItsLoad(string status, List<SiloProcess> silos)
    {
        var lines = status.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split('\t').ToList();
        int Column(string name) => header.IndexOf(name) is >= 0 and var i ? i : throw new Xunit.Sdk.XunitException($"no {name} column: {lines[0]}");
        var active = lines.Skip(1).Select(l => l.Split('\t')).Where(r => r[Column("status")] == "Active").ToList();
        Assert.Equal(silos.Select(s => s.SiloPort).Order(), active.Select(r => int.Parse(r[0].Split(':')[1], CultureInfo.InvariantCulture)).Order());
        foreach (var row in active)
        {
            Assert.True(int.Parse(row[Column("vessel_grains")], CultureInfo.InvariantCulture) > 0, $"a silo without vessel grains: {status}");
            Assert.True(long.Parse(row[Column("calls_served")], CultureInfo.InvariantCulture) > 0, $"a silo that served no call: {status}");
            Assert.True(long.Parse(row[Column("queue_depth")], CultureInfo.InvariantCulture) >= 0, status);
            Assert.True(long.Parse(row[Column("peak_queue_depth")], CultureInfo.InvariantCulture) >= long.Parse(row[Column("queue_depth")], CultureInfo.InvariantCulture), status);
        }
    }
}
