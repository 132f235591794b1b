using Picket.Simulation.Evaluation;

namespace Picket.Simulation.Tests;

/// <summary>Scoring on hand-made truth and detections whose recall and precision are known.</summary>
public sealed class EvaluatorTests
{
    private static readonly DateTimeOffset T0 = new(2018, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static ScoredEvent E(string id, string type, double startH, double endH, params uint[] mmsis) =>
        new(id, type, T0.AddHours(startH), T0.AddHours(endH), mmsis);

    [Fact]
    public void Recall_and_precision_per_type_with_pairs_in_any_order_and_one_hour_slack()
    {
        ScoredEvent[] truth =
        [
            E("t1", "encounter", 0, 4, 445000001, 351000001),
            E("t2", "encounter", 10, 14, 445000002, 351000002),
            E("t3", "encounter", 20, 24, 445000003, 351000003),
            E("t4", "encounter", 30, 34, 445000004, 351000004),
            E("t5", "gap", 0, 8, 445000001),
            E("t6", "gap", 40, 50, 445000009),
            E("t7", "encounter", 60, 64, 445000007, 351000007) with { Observable = false },
        ];
        ScoredEvent[] detections =
        [
            E("d1", "encounter", 1, 3, 445000001, 351000001),        // inside
            E("d2", "encounter", 14.5, 16, 351000002, 445000002),    // other order, starts 30 min after the end: within slack
            E("d3", "encounter", 20, 24, 445000003, 351000099),      // wrong partner
            E("d4", "encounter", 36, 38, 445000004, 351000004),      // 2 h after the end: beyond slack
            E("d5", "encounter", 61, 63, 445000007, 351000007),      // a meeting with one side dark: not scored in recall, but correct
            E("d6", "gap", 1, 7, 445000001),
            E("d7", "gap", 1, 7, 445000001),                         // a second detection of the same gap: still correct
            E("d8", "loitering", 0, 5, 445000001),                   // a type without truth
        ];
        var r = Evaluator.Evaluate(truth, detections);
        TestContext.Current.TestOutputHelper!.WriteLine(EvaluationTable.Format(r));
        var enc = r.Types.Single(t => t.Type == "encounter");
        Assert.Equal((4, 1, 5, 2, 3, 1), (enc.Truth, enc.Hidden, enc.Detected, enc.TruthFound, enc.DetectionsMatched, enc.HiddenFound));
        Assert.Equal(0.5, enc.Recall);
        Assert.Equal(0.6, enc.Precision);
        var gap = r.Types.Single(t => t.Type == "gap");
        Assert.Equal(0.5, gap.Recall);
        Assert.Equal(1.0, gap.Precision);
        var loiter = r.Types.Single(t => t.Type == "loitering");
        Assert.True(double.IsNaN(loiter.Recall));
        Assert.Equal(0.0, loiter.Precision);
        Assert.Equal(["t3", "t4", "t6"], r.Missed.Select(m => m.Id).Order());
        Assert.Equal(["d3", "d4", "d8"], r.Spurious.Select(m => m.Id).Order());
        // The levels `picket evaluate --min-recall/--min-precision` checks: a type without truth cannot fail recall.
        Assert.Equal(["loitering"], r.Below(0.5, 0.6).Select(t => t.Type));
        Assert.Equal(["encounter", "gap"], r.Below(0.6, 0).Select(t => t.Type));
        Assert.Empty(r.Below(0, 0));
    }

    [Fact]
    public void Single_vessel_events_match_on_any_shared_mmsi_and_types_can_be_restricted()
    {
        ScoredEvent[] truth = [E("t1", "identity_change", 5, 5.1, 671000001)];
        ScoredEvent[] detections = [E("d1", "identity_change", 5.05, 5.05, 412000001, 671000001), E("d2", "gap", 0, 9, 1)];
        var r = Evaluator.Evaluate(truth, detections, TimeSpan.Zero, ["identity_change"]);
        Assert.Single(r.Types);
        Assert.Equal(1.0, r.Types[0].Recall);
        Assert.Equal(1.0, r.Types[0].Precision);
        Assert.False(Evaluator.Matches(truth[0], E("x", "identity_change", 6, 7, 671000001), TimeSpan.Zero));
        Assert.True(Evaluator.Matches(truth[0], E("x", "identity_change", 6, 7, 671000001), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Reader_counts_bad_lines_and_reads_the_truth_labels()
    {
        const string text = """
            {"id":"a","type":"gap","start":"2018-03-02T10:00:00Z","end":"2018-03-02T18:00:00Z","vessels":[{"mmsi":445112000}],"evidence":{"observable":false,"scenario":"sts_dprk_dark"}}
            not json
            {"type":"gap","start":"yesterday","end":"2018-03-02T18:00:00Z","vessels":[{"mmsi":1}]}
            {"type":"gap","start":"2018-03-02T10:00:00Z","end":"2018-03-02T18:00:00Z","vessels":[]}

            [1,2]
            {"type":"encounter","start":"2018-03-02T10:00:00Z","end":"2018-03-02T12:00:00Z","vessels":[{"mmsi":1},{"mmsi":2}]}
            """;
        var r = EventFileReader.Read(new StringReader(text));
        Assert.Equal(4, r.BadLines);
        Assert.Equal(2, r.Events.Count);
        Assert.False(r.Events[0].Observable);
        Assert.Equal("sts_dprk_dark", r.Events[0].Scenario);
        Assert.Equal([1u, 2u], r.Events[1].Mmsis);
        Assert.StartsWith("line 2:", r.FirstProblem, StringComparison.Ordinal);
    }
}

/// <summary>Chain scoring: a detected chain counts only if every link of the truth chain has its like.</summary>
public sealed class ChainEvaluationTests
{
    private static readonly DateTimeOffset T = new(2018, 2, 14, 0, 0, 0, TimeSpan.Zero);

    private static ScoredEvent Chain(string id, params ScoredLink[] links) =>
        new(id, "laundering_chain", T, T.AddHours(50), [667_000_001]) { Links = links };

    private static ScoredLink Origin(string locode = "KPRJN") => new("origin", "port_call", T, T.AddHours(5), 667_000_001, locode, null);
    private static ScoredLink Via(string locode = "RUNJK") => new("transshipment", "port_call", T.AddHours(20), T.AddHours(28), 667_000_001, locode, null);
    private static ScoredLink Arrival(double startH = 50) => new("arrival", "port_call", T.AddHours(startH), T.AddHours(startH + 5), 667_000_001, "KRTGA", null);

    [Fact]
    public void A_chain_with_every_link_right_matches_and_one_with_a_wrong_link_does_not()
    {
        var truth = Chain("truth", Origin(), Via(), Arrival());
        Assert.True(Evaluator.Matches(truth, Chain("good", Origin(), Via(), Arrival(50.5)), Evaluator.DefaultSlack));
        Assert.False(Evaluator.Matches(truth, Chain("wrong port", Origin(), Via("RUVYP"), Arrival()), Evaluator.DefaultSlack));
        Assert.False(Evaluator.Matches(truth, Chain("wrong origin", Origin("KPCHO"), Via(), Arrival()), Evaluator.DefaultSlack));
        Assert.False(Evaluator.Matches(truth, Chain("missing link", Origin(), Arrival()), Evaluator.DefaultSlack));
        Assert.False(Evaluator.Matches(truth, Chain("late arrival", Origin(), Via(), Arrival(60)), Evaluator.DefaultSlack));
    }

    [Fact]
    public void The_reader_reads_chain_links_from_the_evidence()
    {
        const string line = """{"id":"c1","type":"laundering_chain","start":"2018-02-14T00:00:00Z","end":"2018-02-16T02:00:00Z","vessels":[{"mmsi":667000001},{"mmsi":351000002}],"evidence":{"links":{"origin":{"type":"port_call","mmsi":667000001,"start":"2018-02-14T00:00:00Z","end":"2018-02-14T05:00:00Z","locode":"KPCHO"},"transfer":{"type":"meeting","mmsi":667000001,"partner_mmsi":351000002,"start":"2018-02-14T12:00:00Z","end":"2018-02-14T20:00:00Z"},"arrival":{"type":"port_call","mmsi":351000002,"start":"2018-02-16T02:00:00Z","end":"2018-02-16T09:00:00Z","locode":"JPSMN"},"broken":{"type":"gap"}}}}""";
        var e = Assert.Single(EventFileReader.Read(new StringReader(line)).Events);
        Assert.Equal(["origin", "transfer", "arrival"], e.Links.Select(l => l.Role));
        Assert.Equal(351_000_002u, e.Links[1].Partner);
        Assert.Equal("JPSMN", e.Links[2].Locode);
    }
}
