using System.Globalization;
using System.Text;
using System.Text.Json;
using Picket.Testing.Feeds;

namespace Picket.Testing.Live;

/// <summary>One planted STS transfer against the watch: the event batch found for it, the first alert on that event, and when each came.</summary>
public sealed record StsCheck(string TruthId, string Scenario, long MmsiA, long MmsiB, string? EventId, DateTimeOffset? EventEnd,
    string? AlertRule, DateTimeOffset? AlertFeedTime, DateTimeOffset? AlertSeen, DateTimeOffset? ClosingAlertSeen, DateTimeOffset? EventSeen)
{
    /// <summary>
    /// Alerted while the encounter was still going: the first alert's feed time is before the event's end, and it
    /// appeared before the event was written (the closing revision of the alert, published as the event is emitted)
    /// and before the event line appeared in <c>events.jsonl</c>.
    /// </summary>
    public bool AlertedBeforeClose => EventId != null && AlertFeedTime < EventEnd && AlertSeen < ClosingAlertSeen && AlertSeen < EventSeen;
}

/// <summary>
/// Latency of one alert: from the wall time the replayer sent the sentence that carries its fact to the wall time the
/// alert line appeared (<see cref="Latency"/>); how much of it the rules wait in feed time (<see cref="FeedDelay"/>:
/// the alert's feed time minus that sentence's); and from the send of the first sentence at the alert's feed time —
/// the clock tick that raised it — to its appearance (<see cref="TriggerLatency"/>: the pipeline's own delay).
/// </summary>
public sealed record AlertLatency(string AlertId, string Rule, TimeSpan Latency, TimeSpan FeedDelay, TimeSpan TriggerLatency, bool RaisedAtClose);

/// <summary>
/// The "same answers live" check of a watch fed by <c>picket replay</c>: alert latencies per rule, every planted STS
/// transfer alerted before its encounter event closed, and the watch's final events against <c>picket analyze</c>'s.
/// <para>
/// The sentence that carries a fact, per rule (thresholds are the documented defaults): <c>encounter_at_sea</c> — the
/// first position report of either vessel whose time reaches the alert's start + 2 h (the moment the pair has been
/// together long enough); <c>dprk_meeting</c> — the first position report of either vessel at or after the
/// encounter's start (the rule's threshold is zero); <c>dprk_port_call</c> — the vessel's first position report at or
/// after its entry; <c>watchlist_dark</c> — the first sentence of any vessel at or after the last fix + 6 h (the gap
/// becomes a fact by the clock, not by the silent vessel); <c>watchlist_identity</c> — the vessel's first static
/// report at or after the change. An alert whose first revision came with its event (nothing was open to read) is
/// counted, and flagged as raised at close.
/// </para>
/// </summary>
public sealed class WatchLatencyReport
{
    public static readonly TimeSpan EncounterMinDuration = TimeSpan.FromHours(2);
    public static readonly TimeSpan GapMinDuration = TimeSpan.FromHours(6);

    /// <summary>Truth and detection match as <c>picket evaluate</c> matches them: same pair, times overlapping within this.</summary>
    public static readonly TimeSpan MatchSlack = TimeSpan.FromMinutes(60);

    public List<AlertLatency> Latencies { get; } = [];
    public List<StsCheck> Sts { get; } = [];
    public int StsNotObservable { get; private set; }
    public List<string> EventDifferences { get; } = [];
    public int BatchEvents { get; private set; }
    public int LiveEvents { get; private set; }
    public int AlertsWithoutSentence { get; private set; }

    public bool EventsSame => EventDifferences.Count == 0;
    public bool AllStsAlertedBeforeClose => Sts.Count > 0 && Sts.All(s => s.AlertedBeforeClose);

    public static WatchLatencyReport Build(string feedPath, string? truthPath, string batchEventsPath, string liveEventsPath,
        WatchLatencyTail alerts, WatchLatencyTail events, WatchLatencySendLog sendLog)
    {
        var r = new WatchLatencyReport();
        var alertLines = alerts.Lines.Select(l => (l.Seen, Doc: JsonDocument.Parse(l.Line).RootElement)).ToList();
        r.MeasureLatency(feedPath, alertLines, sendLog);
        var eventSeen = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var (seen, line) in events.Lines)
            eventSeen.TryAdd(JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!, seen);
        var batch = FinalEvents.Read(batchEventsPath);
        if (truthPath != null) r.CheckSts(truthPath, batch, alertLines, eventSeen);
        r.CompareEvents(batch, FinalEvents.Read(liveEventsPath));
        return r;
    }

    private void MeasureLatency(string feedPath, List<(DateTimeOffset Seen, JsonElement Doc)> alerts, WatchLatencySendLog sendLog)
    {
        var firsts = alerts.Where(a => a.Doc.GetProperty("revision").GetInt32() == 0).ToList();
        var revisions = alerts.GroupBy(a => a.Doc.GetProperty("id").GetString()!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var queries = firsts.Select(a => Query(a.Doc)).ToList();
        var triggers = firsts.Select(a => new FactSentenceQuery(Time(a.Doc, "time"), [], FactSentenceKind.Any)).ToList();
        WatchLatencyFeed.Answer(feedPath, [.. queries, .. triggers]);
        for (int i = 0; i < firsts.Count; i++)
        {
            var (seen, doc) = firsts[i];
            if (queries[i].Found is not { } found || sendLog.SentAt(found.Line) is not { } sent
                || triggers[i].Found is not { } trigger || sendLog.SentAt(trigger.Line) is not { } triggerSent)
            {
                AlertsWithoutSentence++;
                continue;
            }
            // Raised at close: an alert raised from the open state gets a closing revision when its event comes (or a
            // withdrawal); one with a single revision came with its event, finished at once.
            string id = doc.GetProperty("id").GetString()!;
            Latencies.Add(new AlertLatency(id, doc.GetProperty("rule").GetString()!, seen - sent, Time(doc, "time") - found.Time, seen - triggerSent, revisions[id] == 1));
        }
    }

    private static FactSentenceQuery Query(JsonElement alert)
    {
        var start = Time(alert, "start");
        long[] mmsis = [.. alert.GetProperty("vessels").EnumerateArray().Select(v => v.GetProperty("mmsi").GetInt64())];
        return alert.GetProperty("rule").GetString() switch
        {
            "encounter_at_sea" => new FactSentenceQuery(start + EncounterMinDuration, mmsis, FactSentenceKind.Position),
            "watchlist_dark" => new FactSentenceQuery(start + GapMinDuration, [], FactSentenceKind.Any),
            "watchlist_identity" => new FactSentenceQuery(start, mmsis, FactSentenceKind.Static),
            _ => new FactSentenceQuery(start, mmsis, FactSentenceKind.Position),
        };
    }

    private void CheckSts(string truthPath, Dictionary<string, string> batch, List<(DateTimeOffset Seen, JsonElement Doc)> alerts, Dictionary<string, DateTimeOffset> eventSeen)
    {
        var encounters = batch.Values.Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("type").GetString() == "encounter").ToList();
        foreach (var line in File.ReadLines(truthPath))
        {
            if (line.Length == 0) continue;
            var t = JsonDocument.Parse(line).RootElement;
            if (t.GetProperty("type").GetString() != "encounter") continue;
            var ev = t.GetProperty("evidence");
            if (!ev.GetProperty("planted").GetBoolean()) continue;
            if (ev.TryGetProperty("observable", out var o) && !o.GetBoolean())
            {
                StsNotObservable++;
                continue;
            }
            var pair = Pair(t);
            var (start, end) = (Time(t, "start"), Time(t, "end"));
            var found = encounters.FirstOrDefault(e => Pair(e) == pair && Time(e, "start") - MatchSlack <= end && start <= Time(e, "end") + MatchSlack);
            if (found.ValueKind == JsonValueKind.Undefined)
            {
                Sts.Add(new StsCheck(t.GetProperty("id").GetString()!, ev.GetProperty("scenario").GetString()!, pair.A, pair.B, null, null, null, null, null, null, null));
                continue;
            }
            string id = found.GetProperty("id").GetString()!;
            var revisions = alerts.Where(a => a.Doc.GetProperty("event_id").GetString() == id
                && a.Doc.GetProperty("rule").GetString() is "encounter_at_sea" or "dprk_meeting").ToList();
            var first = revisions.Count == 0 ? default : revisions.MinBy(a => a.Seen);
            var closing = revisions.Count == 0 ? default : revisions.MaxBy(a => a.Seen);
            Sts.Add(new StsCheck(t.GetProperty("id").GetString()!, ev.GetProperty("scenario").GetString()!, pair.A, pair.B, id, Time(found, "end"),
                revisions.Count == 0 ? null : first.Doc.GetProperty("rule").GetString(),
                revisions.Count == 0 ? null : Time(first.Doc, "time"),
                revisions.Count == 0 ? null : first.Seen,
                revisions.Count == 0 ? null : closing.Seen,
                eventSeen.TryGetValue(id, out var s) ? s : null));
        }
    }

    private void CompareEvents(Dictionary<string, string> batch, Dictionary<string, string> live)
    {
        BatchEvents = batch.Count;
        LiveEvents = live.Count(p => !FinalEvents.IsOpenGap(p.Value));
        foreach (var (id, line) in batch)
        {
            if (!live.TryGetValue(id, out var l)) EventDifferences.Add($"missing live: {line}");
            else if (l != line) EventDifferences.Add($"differs: batch {line}\n           live  {l}");
        }
        foreach (var (id, line) in live)
            if (!batch.ContainsKey(id) && !FinalEvents.IsOpenGap(line)) EventDifferences.Add($"only live: {line}");
    }

    private static (long A, long B) Pair(JsonElement e)
    {
        var v = e.GetProperty("vessels").EnumerateArray().Select(x => x.GetProperty("mmsi").GetInt64()).Order().ToArray();
        return v.Length == 2 ? (v[0], v[1]) : (v.FirstOrDefault(), -1);
    }

    private static DateTimeOffset Time(JsonElement e, string name) =>
        DateTimeOffset.Parse(e.GetProperty(name).GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>The printed report: latency per rule and overall, the STS table with its verdict, and the events verdict.</summary>
    public string Format()
    {
        var s = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        s.AppendLine("alert latency, wall ms from the send of the sentence that carries the fact to the alert line (fact p50/p99/max);");
        s.AppendLine("the rules' wait in feed time (feed-time delay p50/max, min); wall ms from the send of the clock tick that raised it (tick p50/p99):");
        s.AppendLine(inv, $"  {"rule",-20} {"alerts",6} {"at close",8} {"fact p50",9} {"p99",8} {"max",8} {"feed p50",9} {"max",6} {"tick p50",9} {"p99",6}");
        foreach (var g in Latencies.GroupBy(l => l.Rule).OrderBy(g => g.Key, StringComparer.Ordinal).Append(Latencies.GroupBy(_ => "overall").FirstOrDefault()))
        {
            if (g == null) continue;
            var ms = g.Select(l => l.Latency.TotalMilliseconds).Order().ToArray();
            var feed = g.Select(l => l.FeedDelay.TotalMinutes).Order().ToArray();
            var tick = g.Select(l => l.TriggerLatency.TotalMilliseconds).Order().ToArray();
            s.AppendLine(inv, $"  {g.Key,-20} {ms.Length,6} {g.Count(l => l.RaisedAtClose),8} {Percentile(ms, 0.50),9:F0} {Percentile(ms, 0.99),8:F0} {ms[^1],8:F0} {Percentile(feed, 0.50),9:F1} {feed[^1],6:F1} {Percentile(tick, 0.50),9:F0} {Percentile(tick, 0.99),6:F0}");
        }
        if (AlertsWithoutSentence > 0) s.AppendLine(inv, $"  ({AlertsWithoutSentence} alerts whose carrying sentence was not found in the feed or the send log: not counted)");
        s.AppendLine(inv, $"planted STS transfers ({Sts.Count} observable; {StsNotObservable} with a dark side not observable):");
        s.AppendLine(inv, $"  {"truth",-12} {"scenario",-24} {"vessels",-20} {"alert (feed)",-20} {"event end",-20} {"alert wall",12} {"closing wall",12} {"event wall",12}  ok");
        var origin = Sts.Select(x => x.AlertSeen).Where(x => x != null).DefaultIfEmpty(null).Min();
        string Wall(DateTimeOffset? t) => t is { } v && origin is { } o ? ((v - o).TotalSeconds.ToString("+0.000", inv) + " s") : "-";
        foreach (var x in Sts)
            s.AppendLine(inv, $"  {x.TruthId,-12} {x.Scenario,-24} {x.MmsiA + "/" + x.MmsiB,-20} {x.AlertFeedTime?.ToString("yyyy-MM-dd HH:mm", inv) ?? "none",-20} {x.EventEnd?.ToString("yyyy-MM-dd HH:mm", inv) ?? "no event",-20} {Wall(x.AlertSeen),12} {Wall(x.ClosingAlertSeen),12} {Wall(x.EventSeen),12}  {(x.AlertedBeforeClose ? "yes" : "NO")}");
        s.AppendLine(inv, $"  verdict: {(AllStsAlertedBeforeClose ? "every planted STS alerted before its encounter event closed" : "NOT every planted STS was alerted before its encounter closed")}");
        s.AppendLine(inv, $"final events: batch {BatchEvents}, live {LiveEvents} (open gaps aside): {(EventsSame ? "SAME" : $"{EventDifferences.Count} DIFFERENCES")}");
        foreach (var d in EventDifferences.Take(5)) s.AppendLine("  " + d);
        return s.ToString();
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
