namespace Picket.Testing.Traffic;

/// <summary>
/// A receiver's log for the store's ingest tests and benchmark: a fleet in the Yellow Sea (34–40° N, 120–126° E), one
/// in seven class B, each vessel reporting every 200 s from 2018-03-02 14:13:20 UTC with full static reports every
/// 30 min, every tenth renamed "RENAMED n" half-way, and the feed's commonest faults — a line with a bad checksum after
/// every 1,000th position and an orphan fragment after every 5,000th. The returned counts are what a reader must find.
/// </summary>
public static class IngestFeed
{
    public const int BrokenEvery = 1_000;
    public const int OrphanEvery = 5_000;

    /// <summary>The traffic of a log of at least <paramref name="positions"/> positions (whole report rounds of the fleet).</summary>
    public static SyntheticTraffic Traffic(long positions, int seed = 1, int vessels = 2_000)
    {
        var interval = TimeSpan.FromSeconds(200);
        var rounds = Math.Max(1, (positions + vessels - 1) / vessels);
        return new SyntheticTraffic(new TrafficOptions
        {
            Vessels = vessels, Seed = seed, Start = DateTimeOffset.FromUnixTimeMilliseconds(1_520_000_000_000), Duration = interval * rounds,
            Sea = new SeaBox(34, 120, 40, 126), ReportEvery = interval, StaticEvery = TimeSpan.FromMinutes(30), MinKnots = 0, MaxKnots = 20,
            ClassBEvery = 7, FullStatics = true, RenameEvery = 10, DriftEvery = 0, EncounterEvery = 0,
        });
    }

    public static NmeaCounts Write(TextWriter output, long positions, int seed = 1, int vessels = 2_000) =>
        TrafficNmea.Write(output, Traffic(positions, seed, vessels).Stream(), "rx1", BrokenEvery, OrphanEvery);

    public static NmeaCounts Write(string path, long positions, int seed = 1, int vessels = 2_000) =>
        TrafficNmea.Write(path, Traffic(positions, seed, vessels).Stream(), "rx1", BrokenEvery, OrphanEvery);
}
