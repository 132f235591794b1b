using Picket.Analysis.Live;
using Picket.Core.Detection;
using Picket.Core.Input.Live;
using Picket.Testing.Feeds;
using Picket.Testing.Traffic;

namespace Picket.Analysis.Tests.Live;

/// <summary>
/// A watch fed round after round of new MMSIs, with time moving on (as the hostile-feed soak and a real feed full of
/// spoofed and one-off MMSIs do), holds per-vessel state only for the vessels heard within its horizons: the track
/// builder forgets a vessel after the maximum gap of silence, the detectors after <see cref="DetectionOptions.GapMemory"/>.
/// The peak held, read from the watch's own status (<see cref="LiveStatus.Memory"/>), is bounded by the vessels of the
/// rounds those horizons overlap, not by all the vessels the feed ever named; and the events equal the batch job's on
/// the same recording, so the forgetting changes no answer.
/// </summary>
public sealed class LiveHeldStateTests
{
    private const int Rounds = 16, VesselsPerRound = 30;
    private static readonly TimeSpan RoundSpacing = TimeSpan.FromHours(12), RoundLength = TimeSpan.FromHours(8);
    private static readonly DetectionOptions Detection = new() { GapMemory = TimeSpan.FromDays(1) };

    [Fact]
    public async Task New_vessels_every_round_are_forgotten_after_the_horizons_and_the_events_equal_the_batch_ones()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dir = new TempDir("picket-live-held");
        var feed = dir["rounds.nmea"];
        TrafficNmea.Write(feed, Enumerable.Range(0, Rounds).SelectMany(Round));

        await new AnalysisJob(new AnalysisRequest
        {
            Inputs = [feed], OutputDirectory = dir["batch"], Outputs = AnalysisOutputs.Events, Detection = Detection,
        }).RunAsync(ct);
        var batch = FinalEvents.Read(Path.Combine(dir["batch"], "events.jsonl"));

        var peak = new PeakHeld();
        await using var server = new NmeaFeedServer(feed);
        var result = await new LiveAnalysisJob(new LiveRequest
        {
            Sources = [LiveSourceAddress.Parse(server.Url)], OutputDirectory = dir["live"], Store = false, Detection = Detection,
            StopWhenIdle = TimeSpan.FromSeconds(1.5), CheckpointInterval = TimeSpan.FromSeconds(1), StatusInterval = TimeSpan.FromMilliseconds(1),
        }, progress: peak).RunAsync(ct);

        Assert.True(result.Finished);
        FinalEvents.AssertSame(batch, FinalEvents.Read(Path.Combine(dir["live"], "events.jsonl")));
        Assert.True(batch.Count > Rounds, $"the rounds give {batch.Count} events");
        Assert.True(peak.Reports > Rounds, $"the watch reported its state {peak.Reports} times");
        // A round's vessels are last heard at its end and swept once silent for the track builder's maximum gap (24 h)
        // or the detectors' gap memory (1 day here), each checked about hourly: their state lives at most
        // RoundLength + 24 h + 1 h after the round starts, so at most ceil(33 h / 12 h) = 3 rounds are held at once.
        int roundsHeld = (int)Math.Ceiling((RoundLength + TimeSpan.FromHours(25)) / RoundSpacing);
        var held = $"{Rounds * VesselsPerRound} MMSIs in all; peak held {peak.Tracks} tracks, {peak.Detector} detector records ({peak.Identities} identities, {peak.Hulls} hulls)";
        Assert.True(peak.Tracks >= VesselsPerRound && peak.Tracks <= roundsHeld * VesselsPerRound, held);
        // The detectors keep a handful of records per vessel (segment, silence, gap and draught records, open runs).
        Assert.True(peak.Detector >= VesselsPerRound && peak.Detector <= roundsHeld * VesselsPerRound * 6, held);
        Assert.True(roundsHeld * VesselsPerRound * 6 < Rounds * VesselsPerRound * 2, "the bound must be well below what holding every MMSI would take");
    }

    /// <summary>Round <paramref name="r"/>: its own fleet (new MMSIs), starting <see cref="RoundSpacing"/> after the previous one.</summary>
    private static IEnumerable<TrafficItem> Round(int r) => new SyntheticTraffic(new TrafficOptions
    {
        Vessels = VesselsPerRound, Seed = 100 + r, Start = TrafficOptions.DefaultStart + r * RoundSpacing, Duration = RoundLength,
        FirstMmsi = (uint)(412_000_000 + r * 1_000), EncounterEvery = 10, GapEvery = 7,
        // Drifting vessels too: a round's loitering beside the previous round's vessels, which never come back, gets the
        // same dark partner live and in batch (decided at the loitering's end plus the hold, src/Picket.Core/Detection/README.md).
        DriftEvery = 5,
    }).Stream();

    /// <summary>The largest counts the watch reported (on the analysis thread).</summary>
    private sealed class PeakHeld : IProgress<LiveStatus>
    {
        public int Tracks, Detector, Identities, Hulls, Reports;

        public void Report(LiveStatus value)
        {
            if (value.Memory is not { } m) return;
            Reports++;
            Tracks = Math.Max(Tracks, m.TrackedVessels);
            Detector = Math.Max(Detector, m.DetectorRecords);
            Identities = Math.Max(Identities, m.Identities);
            Hulls = Math.Max(Hulls, m.Hulls);
        }
    }
}
