using Picket.Core.Input;
using Picket.Store.Ingest;
using Picket.Store.Tests.Support;

namespace Picket.Store.Tests;

/// <summary>
/// <c>picket analyze</c> of two receivers' files covering the same hours (a third of the messages heard by both) must
/// give the events of the whole feed, whichever file is named first: the inputs are merged by time, and a message heard
/// twice counts once. Read one after the other, the second file's fixes were hours late for the track builder and
/// most events were lost. The store still keeps each file as <c>picket ingest</c> would: its rows, hash and prefix.
/// </summary>
public sealed class TwoReceiverAnalyzeTests
{
    [Fact]
    public async Task Two_receivers_in_either_order_give_the_events_of_the_whole_feed_and_the_store_keeps_each_file()
    {
        using var dir = new TempDir();
        var sim = await PicketProcess.RunAsync("simulate", "--vessels", "60", "--hours", "30", "--seed", "3", "--out", dir.File("sim"));
        Assert.True(sim.Exit == 0, sim.Stderr);
        string whole = dir.File("sim/feed.nmea"), rx1 = dir.File("rx1.nmea"), rx2 = dir.File("rx2.nmea");
        var (both, only1, only2) = Split(whole, rx1, rx2);
        Assert.True(both > 1000 && only1 > 1000 && only2 > 1000, $"{both} {only1} {only2}");

        var reference = await AnalyzeAsync(dir.File("whole"), whole);
        var forward = await AnalyzeAsync(dir.File("fwd"), rx1, rx2);
        var backward = await AnalyzeAsync(dir.File("bwd"), rx2, rx1);
        Assert.True(reference.Length > 50, $"only {reference.Length} events: the scenario is too small to prove anything");
        Assert.Equal(reference, forward);   // ids included: the lines are whole events
        Assert.Equal(reference, backward);

        // The store of the split run holds each file exactly as picket ingest of that file would.
        var ct = TestContext.Current.CancellationToken;
        foreach (var run in new[] { "fwd", "bwd" })
        {
            using var store = StoreDatabase.Open(dir.File($"{run}/picket.duckdb"));
            var logged = IngestLog.All(store.Connection).ToDictionary(e => Path.GetFileName(e.Path));
            Assert.Equal(2, logged.Count);
            long positions = 0;
            foreach (var file in new[] { rx1, rx2 })
            {
                using var alone = StoreDatabase.Open(dir.File($"{run}-{Path.GetFileName(file)}.duckdb"));
                Assert.Equal(IngestStatus.Ingested, (await new StoreIngestor(alone).IngestAsync(file, ct: ct)).Status);
                var expected = IngestLog.All(alone.Connection).Single();
                var entry = logged[Path.GetFileName(file)];
                Assert.Equal(FileHash.Compute(file), entry.FileHash);
                Assert.Equal(expected with { Path = entry.Path }, entry);
                positions += StoreFingerprint.Of(alone).Positions;
                Assert.Equal(IngestStatus.AlreadyIngested, (await new StoreIngestor(store).IngestAsync(file, ct: ct)).Status);
            }
            Assert.Equal(positions, StoreFingerprint.Of(store).Positions);
            Assert.Equal(2, store.ScalarLong("SELECT count(*) FROM ingest_prefix"));
        }
    }

    private static async Task<string[]> AnalyzeAsync(string outDir, params string[] inputs)
    {
        var run = await PicketProcess.RunAsync(["analyze", .. inputs, "--out", outDir, "--quiet"]);
        Assert.True(run.Exit == 0, run.Stderr);
        return await File.ReadAllLinesAsync(Path.Combine(outDir, "events.jsonl"), TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// Deals each message (multi-sentence messages whole) to receiver 1, receiver 2 or both, by a hash of its first
    /// line, keeping file order: each file covers the whole time span, as two shore stations of one coast do.
    /// </summary>
    private static (int Both, int Only1, int Only2) Split(string whole, string rx1, string rx2)
    {
        using var a = new StreamWriter(rx1) { NewLine = "\n" };
        using var b = new StreamWriter(rx2) { NewLine = "\n" };
        int both = 0, only1 = 0, only2 = 0;
        var lines = File.ReadAllLines(whole);
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var message = new List<string> { lines[i] };
            if (lines[i].Contains(",2,1,", StringComparison.Ordinal) && i + 1 < lines.Length) message.Add(lines[++i]);
            switch (Fnv1a(message[0]) % 3)
            {
                case 0: only1++; message.ForEach(a.WriteLine); break;
                case 1: only2++; message.ForEach(b.WriteLine); break;
                default: both++; message.ForEach(a.WriteLine); message.ForEach(b.WriteLine); break;
            }
        }
        return (both, only1, only2);
    }

    /// <summary>FNV-1a, 32 bits: a fixed hash, the same in every run (string.GetHashCode is randomised per process).</summary>
    private static uint Fnv1a(string s)
    {
        uint h = 2166136261;
        foreach (char c in s) h = (h ^ c) * 16777619;
        return h;
    }
}
