namespace Picket.Simulation.Evaluation;

/// <summary>Recall and precision for one event type.</summary>
/// <param name="Type">The event type's wire name.</param>
/// <param name="Truth">Observable truth events of the type.</param>
/// <param name="Hidden">Truth events marked not observable (left out of recall).</param>
/// <param name="Detected">Detections of the type.</param>
/// <param name="TruthFound">Observable truth events matched by at least one detection.</param>
/// <param name="DetectionsMatched">Detections that match a truth event, observable or not.</param>
/// <param name="HiddenFound">Not-observable truth events matched all the same.</param>
public sealed record TypeScore(string Type, int Truth, int Hidden, int Detected, int TruthFound, int DetectionsMatched, int HiddenFound)
{
    /// <summary>Share of observable truth events found by at least one detection; NaN without truth.</summary>
    public double Recall => Truth == 0 ? double.NaN : TruthFound / (double)Truth;

    /// <summary>Share of detections that match a truth event (observable or not); NaN without detections.</summary>
    public double Precision => Detected == 0 ? double.NaN : DetectionsMatched / (double)Detected;
}

/// <summary>Recall of planted truth per scenario and type.</summary>
/// <param name="Scenario">The planted scenario's name (background traffic is left out).</param>
/// <param name="Type">The event type's wire name.</param>
/// <param name="Truth">Observable truth events of the scenario and type.</param>
/// <param name="Found">Of those, the ones a detection matched.</param>
public sealed record ScenarioScore(string Scenario, string Type, int Truth, int Found);

/// <summary>What <see cref="Evaluator.Evaluate"/> found: scores per type and per scenario, and the events that did not match.</summary>
public sealed class EvaluationResult
{
    /// <summary>How far a truth span was widened on both sides before comparing times.</summary>
    public required TimeSpan Slack { get; init; }
    /// <summary>One row per event type seen in the truth or the detections, in ordinal order.</summary>
    public required IReadOnlyList<TypeScore> Types { get; init; }
    /// <summary>One row per planted scenario and type, in ordinal order.</summary>
    public required IReadOnlyList<ScenarioScore> Scenarios { get; init; }
    /// <summary>Observable truth events no detection matched.</summary>
    public required IReadOnlyList<ScoredEvent> Missed { get; init; }
    /// <summary>Detections that match no truth event.</summary>
    public required IReadOnlyList<ScoredEvent> Spurious { get; init; }

    /// <summary>
    /// The types that miss a required level: recall below <paramref name="minRecall"/> where the type has truth, or
    /// precision below <paramref name="minPrecision"/> where it has detections (a type with neither cannot fail).
    /// </summary>
    public IReadOnlyList<TypeScore> Below(double minRecall, double minPrecision) =>
        [.. Types.Where(s => (s.Truth > 0 && s.Recall < minRecall) || (s.Detected > 0 && s.Precision < minPrecision))];
}

/// <summary>
/// Scores detections against the truth. A detection matches a truth event when (1) the types are equal, (2) the
/// vessels agree — for a two-vessel event (an encounter) the same pair of MMSIs in any order, otherwise at least one
/// MMSI in common — and (3) the time spans overlap once the truth span is widened by the slack on both sides
/// (default 1 h: detectors resample, bucket by hour and report an event when it is confirmed, so their edges move).
/// Matching is many-to-many: a truth event is found if any detection matches it (a detector that splits an event
/// in two is not punished in recall), and a detection is correct if it matches any truth event, including one marked
/// <c>observable: false</c> (it did happen). Truth events marked not observable are left out of recall.
/// A truth event with links (a <c>laundering_chain</c>) also needs each of its links matched by a link of the detection:
/// same role, event type, hull and port or partner, overlapping in time.
/// </summary>
public static class Evaluator
{
    /// <summary>One hour: the edges of a detected event move by up to that much (resampling, hourly buckets, confirmation delay).</summary>
    public static readonly TimeSpan DefaultSlack = TimeSpan.FromHours(1);

    /// <summary>Scores <paramref name="detections"/> against <paramref name="truth"/> by the rules above.</summary>
    /// <param name="truth">The simulator's truth events, with their labels.</param>
    /// <param name="detections">The events an analysis wrote.</param>
    /// <param name="slack">How far to widen each truth span on both sides; null for <see cref="DefaultSlack"/>.</param>
    /// <param name="types">The event types to score (wire names); null or empty for all.</param>
    public static EvaluationResult Evaluate(IReadOnlyList<ScoredEvent> truth, IReadOnlyList<ScoredEvent> detections, TimeSpan? slack = null, IReadOnlyCollection<string>? types = null)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(detections);
        var s = slack ?? DefaultSlack;
        bool Wanted(string t) => types == null || types.Count == 0 || types.Contains(t);
        var truthList = truth.Where(t => Wanted(t.Type)).ToList();
        var detList = detections.Where(d => Wanted(d.Type)).ToList();

        // Index truth by (type, MMSI) so each detection looks only at candidates that share a vessel.
        var index = new Dictionary<(string, uint), List<int>>();
        for (int i = 0; i < truthList.Count; i++)
            foreach (uint m in truthList[i].Mmsis.Distinct())
            {
                if (!index.TryGetValue((truthList[i].Type, m), out var list)) index[(truthList[i].Type, m)] = list = [];
                list.Add(i);
            }
        var found = new bool[truthList.Count];
        var spurious = new List<ScoredEvent>();
        var matchedByType = new Dictionary<string, int>();
        foreach (var d in detList)
        {
            bool any = false;
            foreach (uint m in d.Mmsis.Distinct())
            {
                if (!index.TryGetValue((d.Type, m), out var candidates)) continue;
                foreach (int i in candidates)
                {
                    if (!Matches(truthList[i], d, s)) continue;
                    found[i] = true;
                    any = true;
                }
            }
            if (any) matchedByType[d.Type] = matchedByType.GetValueOrDefault(d.Type) + 1;
            else spurious.Add(d);
        }

        var allTypes = truthList.Select(t => t.Type).Concat(detList.Select(d => d.Type)).Distinct().OrderBy(t => t, StringComparer.Ordinal);
        var rows = new List<TypeScore>();
        foreach (var type in allTypes)
        {
            int truthN = 0, hidden = 0, foundN = 0, hiddenFound = 0;
            for (int i = 0; i < truthList.Count; i++)
            {
                if (truthList[i].Type != type) continue;
                if (truthList[i].Observable)
                {
                    truthN++;
                    if (found[i]) foundN++;
                }
                else
                {
                    hidden++;
                    if (found[i]) hiddenFound++;
                }
            }
            rows.Add(new TypeScore(type, truthN, hidden, detList.Count(d => d.Type == type), foundN, matchedByType.GetValueOrDefault(type), hiddenFound));
        }
        var scenarios = truthList.Select((t, i) => (t, i)).Where(x => x.t.Observable && x.t.Scenario is { } sc && sc != "background")
            .GroupBy(x => (x.t.Scenario!, x.t.Type))
            .OrderBy(g => g.Key.Item1, StringComparer.Ordinal).ThenBy(g => g.Key.Item2, StringComparer.Ordinal)
            .Select(g => new ScenarioScore(g.Key.Item1, g.Key.Item2, g.Count(), g.Count(x => found[x.i])))
            .ToList();
        return new EvaluationResult
        {
            Slack = s,
            Types = rows,
            Scenarios = scenarios,
            Missed = truthList.Where((t, i) => t.Observable && !found[i]).ToList(),
            Spurious = spurious,
        };
    }

    /// <summary>True when <paramref name="detection"/> matches <paramref name="truth"/>: same type, agreeing vessels, overlapping widened spans, matching links.</summary>
    /// <param name="truth">A truth event.</param>
    /// <param name="detection">A detected event.</param>
    /// <param name="slack">How far the truth span is widened on both sides.</param>
    public static bool Matches(ScoredEvent truth, ScoredEvent detection, TimeSpan slack)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(detection);
        if (truth.Type != detection.Type) return false;
        if (detection.Start > truth.End + slack || detection.End < truth.Start - slack) return false;
        var t = truth.Mmsis.Distinct().ToArray();
        var d = detection.Mmsis.Distinct().ToArray();
        bool vessels = t.Length >= 2 && d.Length >= 2 ? t.Length == d.Length && t.All(d.Contains) : t.Any(d.Contains);
        // A chain counts only if its links are right: every link of the truth has its like among the detection's.
        return vessels && truth.Links.All(tl => detection.Links.Any(dl => tl.Matches(dl, slack)));
    }
}
