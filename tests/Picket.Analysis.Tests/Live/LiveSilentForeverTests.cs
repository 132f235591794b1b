using Picket.Analysis.Live;
using Picket.Core.Detection;
using Picket.Core.Input.Live;
using Picket.Testing.Feeds;
using Picket.Testing.Traffic;

namespace Picket.Analysis.Tests.Live;

/// <summary>
/// Fleets that follow one another in a small sea: each round's vessels sail (some drift, loitering; some go dark for a
/// while and return) and then fall silent for ever, while the next round's drifters loiter where they went dark. A
/// loitering's dark partner (<c>possible_partner</c>, a vessel that went silent beside it) must be the same whether the
/// recording is analysed as a finished file or watched live: the batch job learns at the end of input that the partner
/// never came back, the watch decides when its clock releases the loitering, and both must decide from the same facts —
/// those known at the loitering's end plus the dark-partner hold.
/// </summary>
public sealed class LiveSilentForeverTests
{
    public static TheoryData<int, int, double> Shapes => new()
    {
        // seed, rounds, gap memory in days (1: the silent are forgotten while a later round's loitering is still held)
        { 7, 6, 1 },
        { 21, 6, 30 },
        { 58, 8, 1 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task A_loitering_beside_vessels_gone_silent_for_ever_gets_the_same_partner_live_as_in_batch(int seed, int rounds, double gapMemoryDays)
    {
        var ct = TestContext.Current.CancellationToken;
        var detection = new DetectionOptions { GapMemory = TimeSpan.FromDays(gapMemoryDays) };
        using var dir = new TempDir("picket-live-silent");
        var feed = dir["rounds.nmea"];
        TrafficNmea.Write(feed, Enumerable.Range(0, rounds).SelectMany(r => Round(seed, r)));

        await new AnalysisJob(new AnalysisRequest
        {
            Inputs = [feed], OutputDirectory = dir["batch"], Outputs = AnalysisOutputs.Events, Detection = detection,
        }).RunAsync(ct);
        var batch = FinalEvents.Read(Path.Combine(dir["batch"], "events.jsonl"));

        await using var server = new NmeaFeedServer(feed);
        var result = await new LiveAnalysisJob(new LiveRequest
        {
            Sources = [LiveSourceAddress.Parse(server.Url)], OutputDirectory = dir["live"], Store = false, Detection = detection,
            StopWhenIdle = TimeSpan.FromSeconds(1.5), CheckpointInterval = TimeSpan.FromSeconds(1),
        }).RunAsync(ct);
        var live = FinalEvents.Read(Path.Combine(dir["live"], "events.jsonl"));

        Assert.True(result.Finished);
        // The shape must exercise what it is about: loitering with a dark partner, some of them never heard again.
        var partners = batch.Values.Where(l => l.Contains("\"possible_partner\"", StringComparison.Ordinal)).ToList();
        Assert.True(partners.Count > 0, $"no loitering with a dark partner among {batch.Count} events");
        Assert.Contains(partners, l => l.Contains("\"still_dark\":true", StringComparison.Ordinal));
        FinalEvents.AssertSame(batch, live);
    }

    /// <summary>
    /// Round <paramref name="r"/>: a new fleet in a one-degree sea (so vessels go dark within the dark-partner radius of
    /// one another), starting six hours after the previous one and lasting eight, so each round overlaps the next by two
    /// hours and its drifters loiter where the previous round fell silent.
    /// </summary>
    private static IEnumerable<TrafficItem> Round(int seed, int r) => new SyntheticTraffic(new TrafficOptions
    {
        Vessels = 24, Seed = seed * 100 + r, Start = TrafficOptions.DefaultStart + r * TimeSpan.FromHours(6),
        Duration = TimeSpan.FromHours(8), Sea = new SeaBox(25, 130, 26, 131), FirstMmsi = (uint)(413_000_000 + r * 1_000),
        DriftEvery = 3, EncounterEvery = 12, GapEvery = 5, GapAt = TimeSpan.FromHours(1), GapLength = TimeSpan.FromHours(6.5),
        ReportJitter = TimeSpan.FromSeconds(40),
    }).Stream();
}
