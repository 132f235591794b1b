using Picket.Ais.Messages;
using Picket.Simulation.Geography;

namespace Picket.Simulation.Tests;

/// <summary>
/// The feed looks like a receiver network's: report intervals as ITU-R M.1371-5 Table 1/2 prescribe, speeds as ships
/// of each kind sail, vessels spread over the sea areas, and a plausible share of losses and duplicates. Measured on
/// the decoded feed.nmea, not on the simulator's internals.
/// </summary>
public sealed class RealismTests(StandardScenario scenario) : IClassFixture<StandardScenario>
{
    private static FeedReader.Result? _decoded;
    private FeedReader.Result Decoded => _decoded ??= FeedReader.Read(scenario.Feed);

    private static void Log(string s) => TestContext.Current.TestOutputHelper!.WriteLine(s);

    /// <summary>
    /// Per MMSI, the time from each report to the next one received (duplicates from a second receiver removed),
    /// grouped by the band of the earlier report. Losses stretch some intervals to multiples, so the check is on
    /// the lower quartile (must equal the nominal interval ±1 s: tag-block times are whole seconds) and on the
    /// median (at most twice the nominal, i.e. most reports are heard).
    /// </summary>
    [Fact]
    public void Report_intervals_follow_ITU_R_M1371_per_class_and_speed()
    {
        var bands = new Dictionary<string, (int Nominal, List<long> Gaps)>
        {
            ["A at anchor/moored ≤ 3 kn"] = (180, []),
            ["A under way 0-14 kn"] = (10, []),
            ["A under way 14-23 kn"] = (6, []),
            ["B > 2 kn"] = (30, []),
            ["B ≤ 2 kn"] = (180, []),
        };
        foreach (var track in Decoded.Positions.GroupBy(p => p.Mmsi))
        {
            var reports = track.GroupBy(p => p.Seconds).Select(g => g.First()).OrderBy(p => p.Seconds).ToList();
            for (int i = 1; i < reports.Count; i++)
            {
                var prev = reports[i - 1];
                long gap = reports[i].Seconds - prev.Seconds;
                if (prev.Sog is not { } sog || reports[i].Sog is not { } sog2) continue;
                string? band = prev.Type == 18
                    ? (sog > 2.2 && sog2 > 2.2 ? "B > 2 kn" : sog < 1.8 && sog2 < 1.8 ? "B ≤ 2 kn" : null)
                    : prev.Status is NavigationStatus.AtAnchor or NavigationStatus.Moored && sog <= 3 ? "A at anchor/moored ≤ 3 kn"
                    : prev.Status is not (NavigationStatus.AtAnchor or NavigationStatus.Moored) && sog < 13.7 && sog2 < 13.7 ? "A under way 0-14 kn"
                    : prev.Status is not (NavigationStatus.AtAnchor or NavigationStatus.Moored) && sog > 14.3 && sog < 22.7 && sog2 > 14.3 ? "A under way 14-23 kn"
                    : null;
                if (band != null && prev.Status == reports[i].Status) bands[band].Gaps.Add(gap);
            }
        }
        foreach (var (band, (nominal, gaps)) in bands)
        {
            Assert.True(gaps.Count >= 50, $"{band}: only {gaps.Count} intervals observed");
            gaps.Sort();
            long q1 = gaps[gaps.Count / 4], median = gaps[gaps.Count / 2];
            Log($"{band}: nominal {nominal} s, {gaps.Count} intervals, lower quartile {q1} s, median {median} s");
            Assert.InRange(q1, nominal - 1, nominal + 1);
            Assert.InRange(median, nominal - 1, 2 * nominal + 1);
        }
    }

    /// <summary>
    /// Stated ranges: merchants under way (class A, status 0, over 5 kn) have a median of 10–16 kn and nobody exceeds
    /// 25 kn; trawlers engaged in fishing (status 7) tow at 2.5–5 kn; moored ships report 0 kn; class B boats under
    /// way (small trawlers towing at 3–4.5 kn, craft running at 6–14 kn) have a median of 3–14 kn.
    /// </summary>
    [Fact]
    public void Speeds_are_those_of_each_kind_of_ship()
    {
        var a = Decoded.Positions.Where(p => p.Type is 1 or 3 && p.Sog.HasValue).ToList();
        var underWay = a.Where(p => p.Status == NavigationStatus.UnderWayUsingEngine && p.Sog > 5).Select(p => p.Sog!.Value).Order().ToList();
        var fishing = a.Where(p => p.Status == NavigationStatus.EngagedInFishing).Select(p => p.Sog!.Value).ToList();
        var moored = a.Where(p => p.Status == NavigationStatus.Moored).Select(p => p.Sog!.Value).ToList();
        var classB = Decoded.Positions.Where(p => p.Type == 18 && p.Sog > 2).Select(p => p.Sog!.Value).Order().ToList();
        Log($"class A under way > 5 kn: {underWay.Count} reports, median {underWay[underWay.Count / 2]:0.0} kn, max {underWay[^1]:0.0} kn");
        Log($"fishing: {fishing.Count} reports, {fishing.Min():0.0}-{fishing.Max():0.0} kn; moored: {moored.Count} reports, max {moored.Max():0.0} kn");
        Log($"class B moving: {classB.Count} reports, median {classB[classB.Count / 2]:0.0} kn");
        Assert.InRange(underWay[underWay.Count / 2], 10, 16);
        Assert.True(a.Max(p => p.Sog!.Value) < 25);
        Assert.True(fishing.Count > 100);
        Assert.True(fishing.Count(s => s is >= 2.5 and <= 5) >= 0.99 * fishing.Count);
        Assert.True(moored.All(s => s == 0));
        Assert.InRange(classB[classB.Count / 2], 3, 14);
    }

    /// <summary>
    /// Stated ranges: every sea area of the region holds at least 5 % and at most 70 % of the vessels seen; the
    /// number of MMSIs seen is the fleet size within ±5 (flag hops add one, clones share one); duplicates (a second
    /// receiver heard it) are 5–60 % of transmissions and losses 5–50 %.
    /// </summary>
    [Fact]
    public void Vessels_spread_over_the_areas_and_reception_is_plausible()
    {
        var region = Region.Named(scenario.Options.Region)!;
        var mmsis = Decoded.Positions.Select(p => p.Mmsi).Distinct().Count();
        Log($"distinct MMSIs {mmsis} for {scenario.Options.Vessels} vessels");
        Assert.InRange(mmsis, scenario.Options.Vessels - 5, scenario.Options.Vessels + 5);
        foreach (var area in region.Areas)
        {
            int n = Decoded.Positions.Where(p => area.Contains(p.Lat, p.Lon)).Select(p => p.Mmsi).Distinct().Count();
            Log($"{area.Name}: {n} vessels ({100.0 * n / mmsis:0}%)");
            Assert.InRange(n, 0.05 * mmsis, 0.70 * mmsis);
        }
        var f = scenario.Summary.Feed;
        Log($"transmissions {f.Transmissions}, duplicates {f.Duplicates} ({100.0 * f.Duplicates / f.Transmissions:0.0}%), lost {f.Lost} ({100.0 * f.Lost / f.Transmissions:0.0}%), damaged lines {f.CorruptedLines}");
        Assert.InRange(f.Duplicates / (double)f.Transmissions, 0.05, 0.6);
        Assert.InRange(f.Lost / (double)f.Transmissions, 0.05, 0.5);
        var sources = Decoded.Positions.Select(p => p.Source).Distinct().Count();
        Assert.True(sources >= 5, $"positions come from {sources} receivers");
    }

    [Fact]
    public void The_csv_holds_one_row_per_heard_position_in_the_MarineCadastre_layout()
    {
        using var reader = new StreamReader(scenario.Csv);
        Assert.Equal("MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass", reader.ReadLine());
        long rows = 0;
        while (reader.ReadLine() is { } line)
        {
            rows++;
            if (rows <= 2000) Assert.Equal(17, line.Split(',').Length);
        }
        Assert.Equal(scenario.Summary.Feed.CsvRows, rows);
        // Positions heard at least once: the feed's distinct (MMSI, second) position reports, give or take reports
        // whose every copy was damaged.
        long distinct = Decoded.Positions.Select(p => (p.Mmsi, p.Seconds)).Distinct().LongCount();
        Assert.InRange(distinct, rows * 0.99, rows * 1.0);
    }
}
