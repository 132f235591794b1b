using Picket.Core.Input;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Input;

public sealed class TimeMergedFeedTests
{
    private static readonly DateTimeOffset T0 = new(2018, 2, 14, 0, 0, 0, TimeSpan.Zero);

    private sealed class Recorder : IFeedTarget
    {
        public readonly List<(long Ticks, uint Mmsi, bool Identity)> Seen = [];

        public void OnFix(in VesselFix fix) => Seen.Add((fix.Time.UtcTicks, fix.Mmsi.Value, false));

        public void OnIdentity(in IdentityReport report) => Seen.Add((report.Time.UtcTicks, report.Mmsi.Value, true));
    }

    private static VesselFix Fix(uint mmsi, int seconds, double lat = 38, double lon = 124) => new(new Mmsi(mmsi), T0.AddSeconds(seconds), lat, lon, 10, 90);

    /// <summary>Two receivers over the same hours, many batches each, one report heard by both: merged by time, the copy dropped.</summary>
    private static async Task<(List<(long, uint, bool)> Seen, long Duplicates)> Merge(bool reversed)
    {
        const int N = 5_000;
        var inputs = new List<Action<IFeedTarget>>
        {
            t =>
            {
                for (var i = 0; i < N; i++)
                {
                    if (i == 4) t.OnIdentity(new IdentityReport(new Mmsi(100), T0.AddSeconds(7), IdentitySource.ClassAStatic, "A"));
                    t.OnFix(Fix(100, 2 * i));
                }
            },
            t =>
            {
                for (var i = 0; i < N; i++)
                {
                    if (i == 2) t.OnFix(Fix(100, 4)); // also heard by the first receiver
                    t.OnFix(Fix(200, 2 * i + 1));
                }
            },
        };
        if (reversed) inputs.Reverse();
        var target = new Recorder();
        var merged = new TimeMergedFeed(target);
        await merged.RunAsync(inputs.Count, (i, into) => { inputs[i](into); return Task.CompletedTask; }, TestContext.Current.CancellationToken);
        return (target.Seen, merged.Duplicates);
    }

    [Fact]
    public async Task Inputs_covering_the_same_hours_come_out_in_time_order_whatever_their_order()
    {
        var (forward, duplicates) = await Merge(reversed: false);
        var (backward, _) = await Merge(reversed: true);
        Assert.Equal(10_001, forward.Count); // 10 000 fixes + 1 identity; the copy heard twice counted once
        Assert.Equal(1, duplicates);
        Assert.Equal(forward.OrderBy(s => s.Item1), forward); // stable sort: already in time order
        Assert.Equal(forward, backward);
    }

    [Fact]
    public async Task A_failing_input_ends_the_merge_with_its_error_and_the_others_read()
    {
        var target = new Recorder();
        var merged = new TimeMergedFeed(target);
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => merged.RunAsync(2, (i, into) =>
        {
            into.OnFix(Fix(300 + (uint)i, i));
            if (i == 1) throw new InvalidDataException("planted");
            for (var k = 1; k < 3_000; k++) into.OnFix(Fix(300, k * 2));
            return Task.CompletedTask;
        }, TestContext.Current.CancellationToken));
        Assert.Equal("planted", error.Message);
        Assert.Equal(3_001, target.Seen.Count);
    }

    [Fact]
    public void Exact_copies_are_dropped_and_reports_differing_in_time_or_content_are_kept()
    {
        var target = new Recorder();
        var filter = new DuplicateFilter(target);
        filter.OnFix(Fix(1, 0));
        filter.OnFix(Fix(1, 0));           // copy
        filter.OnFix(Fix(1, 1));           // same place, a second later
        filter.OnFix(Fix(1, 0, lat: 38.1)); // same time, elsewhere (a clone)
        filter.OnFix(Fix(2, 0));           // another vessel
        filter.OnFix(Fix(1, 0, lat: 38.1)); // copy
        Assert.Equal(4, target.Seen.Count);
        Assert.Equal(2, filter.Duplicates);
    }
}
