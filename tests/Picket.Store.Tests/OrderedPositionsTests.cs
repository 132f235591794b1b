using Picket.Store.Ingest;
using Picket.Store.Queries;
using Picket.Store.Tests.Support;
using Picket.Testing.Traffic;

namespace Picket.Store.Tests;

/// <summary>
/// The sorted copies of <c>positions</c> answer exactly what the scan of <c>positions</c> answers (same fixes for a
/// vessel, a time window, a box), readers fall back to the scan while they are stale, and a refresh catches up.
/// </summary>
public sealed class OrderedPositionsTests : IDisposable
{
    private static readonly uint[] Vessels = [412000001, 412000050, 412000777, 412001999, 412999999];
    private static readonly TimeWindow Window = new(DateTime.UnixEpoch.AddMilliseconds(1_520_000_000_000).AddMinutes(20),
        DateTime.UnixEpoch.AddMilliseconds(1_520_000_000_000).AddMinutes(50));
    private static readonly BoundingBox Box = new(123.5, 36.0, 124.5, 37.0);

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task The_sorted_copies_return_exactly_the_rows_of_the_scan_and_are_rebuilt_when_positions_grow()
    {
        using var store = StoreDatabase.Open(_dir.File("o.duckdb"));
        IngestFeed.Write(_dir.File("a.nmea"), 40_000, seed: 1);
        await new StoreIngestor(store).IngestAsync(_dir.File("a.nmea"), ct: TestContext.Current.CancellationToken);
        store.RefreshVessels();

        Assert.False(OrderedPositions.IsCurrent(store));
        Assert.Equal(OrderedPositions.Arrival, OrderedPositions.VesselTable(store));
        var scanned = Answers(store);
        Assert.True(scanned.Fixes > 150, $"only {scanned.Fixes} fixes: the test would prove little");

        long stored = store.ScalarLong("SELECT count(*) FROM positions");
        Assert.Equal(stored, OrderedPositions.Refresh(store));
        Assert.True(OrderedPositions.IsCurrent(store));
        Assert.Equal(OrderedPositions.ByVessel, OrderedPositions.VesselTable(store));
        Assert.Equal(OrderedPositions.ByCell, OrderedPositions.BoxTable(store));
        Assert.Equal(0, OrderedPositions.Refresh(store)); // current: nothing to do
        // Nothing lost: each copy holds the very multiset of rows of positions.
        foreach (var (table, copy) in new[] { ("positions", OrderedPositions.ByVessel), ("positions", OrderedPositions.ByCell), ("identity_reports", OrderedPositions.IdentityByVessel) })
            Assert.Equal(0, store.ScalarLong($"SELECT count(*) FROM ((SELECT * FROM {table} EXCEPT ALL SELECT * FROM {copy}) UNION ALL (SELECT * FROM {copy} EXCEPT ALL SELECT * FROM {table}))"));
        Assert.Equal(scanned, Answers(store));

        // A second log (other seed: other times and places) adds positions: the copies are stale and readers scan.
        IngestFeed.Write(_dir.File("b.nmea"), 20_000, seed: 2, vessels: 500);
        await new StoreIngestor(store).IngestAsync(_dir.File("b.nmea"), ct: TestContext.Current.CancellationToken);
        store.RefreshVessels();
        Assert.False(OrderedPositions.IsCurrent(store));
        var grown = Answers(store);
        Assert.True(grown.Fixes > scanned.Fixes, "the second log added no fixes to the vessels read");

        Assert.Equal(store.ScalarLong("SELECT count(*) FROM positions"), OrderedPositions.Refresh(store));
        Assert.True(OrderedPositions.IsCurrent(store));
        Assert.Equal(grown, Answers(store));
    }

    [Fact]
    public async Task A_rebuild_reuses_the_space_of_the_copies_it_replaces()
    {
        // DuckDB frees replaced blocks only at a checkpoint: without one, every rebuild (one per analysis in a running
        // server) appended a whole new set of copies to the file.
        string path = _dir.File("r.duckdb");
        using var store = StoreDatabase.Open(path);
        var sizes = new List<long>();
        long beforeCopies = 0;
        for (int round = 0; round < 4; round++)
        {
            IngestFeed.Write(_dir.File($"r{round}.nmea"), round == 0 ? 300_000 : 1_000, seed: 20 + round);
            await new StoreIngestor(store).IngestAsync(_dir.File($"r{round}.nmea"), ct: TestContext.Current.CancellationToken);
            if (round == 0)
            {
                store.Execute("CHECKPOINT");
                beforeCopies = OnDisk(path);
            }
            Assert.True(OrderedPositions.Refresh(store) > 0);
            sizes.Add(OnDisk(path));
        }
        long copies = sizes[0] - beforeCopies;
        Assert.True(copies > 4 << 20, $"the copies take {copies} bytes: too small to show reuse");
        // The second rebuild still needs room beside the first copies (they are freed after it commits); from then on
        // the freed blocks are reused and the file grows only with the new rows.
        Assert.True(sizes[3] - sizes[1] < copies / 4,
            $"the file grew by {sizes[3] - sizes[1]} bytes over two more rebuilds (copies {copies} bytes; sizes {string.Join(", ", sizes)})");
    }

    private static long OnDisk(string path) =>
        new FileInfo(path).Length + (File.Exists(path + ".wal") ? new FileInfo(path + ".wal").Length : 0);

    /// <summary>Everything the server reads of positions, as comparable text (ties in time put in a fixed order).</summary>
    private static ReadAnswers Answers(StoreDatabase store)
    {
        var lines = new List<string>();
        int fixes = 0;
        foreach (var mmsi in Vessels)
        {
            var all = TrackQuery.OfVessel(store, mmsi, TimeWindow.All, 1_000_000, out bool t1);
            var windowed = TrackQuery.OfVessel(store, mmsi, Window, 1_000_000, out bool t2);
            Assert.False(t1 || t2);
            fixes += all.Count + windowed.Count;
            lines.Add($"{mmsi} all: " + Text(all));
            lines.Add($"{mmsi} window: " + Text(windowed));
            var draughts = DraughtQuery.OfVessel(store, mmsi);
            lines.Add($"{mmsi} draughts: " + string.Join(';', draughts.Select(d => $"{d.Time:O} {d.Metres}").Order(StringComparer.Ordinal)));
            var report = Assert.Single(VesselQuery.Find(store, mmsi.ToString("D9", System.Globalization.CultureInfo.InvariantCulture), 10));
            lines.Add($"{mmsi} page: {report.Positions} {report.FirstSeen:O} {report.LastSeen:O} " +
                string.Join(';', report.LastPositions.Select(p => $"{p.Time:O} {p.Latitude} {p.Longitude} {p.Speed} {p.Course} {p.Heading} {p.Status}").Order(StringComparer.Ordinal)));
        }
        var boxed = TrackQuery.InBox(store, Box, Window, 1_000_000, out bool t3);
        Assert.False(t3);
        fixes += boxed.Count;
        Assert.All(boxed, f => Assert.True(f.Lat is >= 36.0 and <= 37.0 && f.Lon is >= 123.5 and <= 124.5));
        lines.Add("box: " + Text(boxed));
        return new ReadAnswers(string.Join('\n', lines), fixes);
    }

    private static string Text(IReadOnlyList<TrackFix> fixes) =>
        string.Join(';', fixes.Select(f => $"{f.Mmsi} {f.Time:O} {f.Lat} {f.Lon} {f.Sog} {f.Cog}").Order(StringComparer.Ordinal));

    private readonly record struct ReadAnswers(string Text, int Fixes);
}
