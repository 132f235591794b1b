using Picket.Testing.Traffic;
using System.Text.RegularExpressions;
using Picket.Store.Ingest;
using Picket.Store.Tests.Support;

namespace Picket.Store.Tests;

/// <summary>The real CLI, killed with SIGKILL mid-file, then restarted: the store must equal one clean ingest.</summary>
public sealed partial class CrashResumeTests
{
    [Fact]
    public async Task Ingest_killed_mid_file_then_restarted_holds_exactly_the_rows_of_one_clean_ingest()
    {
        using var dir = new TempDir();
        string feed = dir.File("feed.nmea");
        var counts = IngestFeed.Write(feed, 600_000, seed: 42);
        string killedDb = dir.File("killed.duckdb");
        string[] ingestArgs = ["ingest", feed, "--db", killedDb, "--commit-rows", "20000", "--batch-rows", "4096"];

        // 1. Start the ingest and SIGKILL it as soon as it reports a commit past line 0.
        var committed = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (var first = new PicketProcess(ingestArgs))
        {
            first.StderrLine += line =>
            {
                var m = CommittedLine().Match(line);
                if (m.Success && long.Parse(m.Groups[1].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture) > 0)
                    committed.TrySetResult(0);
            };
            var seen = await Task.WhenAny(committed.Task, Task.Delay(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken));
            Assert.True(seen == committed.Task, "no commit reported; stderr:\n" + first.Stderr);
            first.Kill();
            await first.WaitAsync(TimeSpan.FromSeconds(30));
        }

        // 2. The killed store opens (DuckDB replays its WAL) with a partial, self-consistent prefix.
        long partialPositions;
        using (var store = StoreDatabase.Open(killedDb))
        {
            var log = Assert.Single(IngestLog.All(store.Connection));
            Assert.False(log.Complete, "the kill landed after the end of the file; make the file bigger");
            partialPositions = store.ScalarLong("SELECT count(*) FROM positions");
            Assert.Equal(log.Positions, partialPositions);
            Assert.InRange(partialPositions, 1, counts.Positions - 1);
        }

        // 3. Restart: it resumes and finishes.
        var (exit, _, stderr) = await PicketProcess.RunAsync(ingestArgs);
        Assert.True(exit == 0, stderr);
        Assert.Contains("resumed after line", stderr);

        // 4. A clean ingest of the same file into another store.
        string cleanDb = dir.File("clean.duckdb");
        using (var clean = StoreDatabase.Open(cleanDb))
            await new StoreIngestor(clean).IngestAsync(feed, ct: TestContext.Current.CancellationToken);

        var expected = StoreFingerprint.Of(cleanDb);
        var actual = StoreFingerprint.Of(killedDb);
        Assert.Equal(counts.Positions, expected.Positions);
        Assert.Equal(counts.Identities, expected.Identities);
        Assert.Equal(expected, actual);

        // 5. And a third run adds nothing.
        var again = await PicketProcess.RunAsync(ingestArgs);
        Assert.Equal(0, again.Exit);
        Assert.Contains("already ingested", again.Stderr);
        Assert.Equal(expected, StoreFingerprint.Of(killedDb));
        TestContext.Current.SendDiagnosticMessage($"killed after {partialPositions:N0} of {counts.Positions:N0} positions; resumed to an exact copy");
    }

    [GeneratedRegex(@"committed through line ([\d,]+)")]
    private static partial Regex CommittedLine();
}
