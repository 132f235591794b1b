using Picket.Core;
using Picket.Core.Assessment;
using Picket.Core.Events;
using Picket.Core.Vessels;
using Picket.Core.Voyages;
using Picket.Reporting.Html;
using Picket.Reporting.JsonLines;
using Picket.Screening.Lists;
using Picket.Store;
using Picket.Store.Results;

namespace Picket.Analysis;

/// <summary>
/// The join of screening and assessment: every vessel seen is screened against the lists (judged as the same hull or
/// not), assessed from its events, identity flags and list results, written to <c>vessels.jsonl</c> and the store, and
/// handed on for the report.
/// </summary>
internal sealed class VesselAssessment(AnalysisRequest request, AnalysisResult result, SanctionsLists? lists, CompanyLinks companies, TimeProvider time)
{
    private List<VesselRiskRow> _riskRows = [];
    private List<(VesselRecord Record, IReadOnlyList<ListMatchEvidence> Matches)> _screened = [];

    /// <summary>Assesses every vessel; returns the report's view of them, in MMSI order.</summary>
    /// <param name="tracker">The vessels seen, with their identity histories.</param>
    /// <param name="collected">The events detected, indexed by vessel for the risk factors.</param>
    /// <param name="sketches">The track sketches the report draws.</param>
    /// <param name="draught">The draught readings per vessel.</param>
    /// <param name="voyageResults">The voyages per hull; null when the voyage stage did not run.</param>
    /// <param name="phase">Called with a phase's name when it ends, for the progress report.</param>
    public List<ReportVessel> Run(VesselTracker tracker, EvidenceEvents collected, ReportTrackSink sketches, DraughtHistory draught, VoyageResults? voyageResults, Action<string> phase)
    {
        var summary = result.Summary;
        var records = Records(tracker, collected.Events, sketches);
        var assessor = new RiskAssessor();
        var eventsOf = collected.Events.SelectMany(e => e.Vessels.Select(v => v.Mmsi).Distinct().Select(m => (Mmsi: m, Event: e)))
            .ToLookup(p => p.Mmsi, p => p.Event);
        var vessels = new List<ReportVessel>();
        var riskRows = new List<VesselRiskRow>();
        var screened = new List<(VesselRecord Record, IReadOnlyList<ListMatchEvidence> Matches)>();
        using (var vesselsOut = (request.Outputs & AnalysisOutputs.Vessels) != 0 ? AtomicFile.Create(Path.Combine(request.OutputDirectory, "vessels.jsonl")) : null)
        {
            foreach (var record in records)
            {
                var matches = lists == null ? [] : VesselScreening.Screen(lists.Screener, record);
                var behind = companies.For(record, matches);
                var track = sketches.TrackOf(record.Mmsi.Value);
                var voyages = voyageResults?.Of(record.Mmsi);
                var risk = assessor.Assess(record.Mmsi, eventsOf[record.Mmsi], record.Flags, matches, DeliveryFinder.IsDprkPortCall, voyages,
                    companies: behind.SelectMany(c => c.Paths), observed: track.Count > 0 ? (track[0].Time, track[^1].Time) : null);
                if (risk.Factors.Any(f => f.Practice == DeceptivePractice.ComplexOwnership)) summary.VesselsWithListedCompany++;
                if (vesselsOut != null) VesselsJsonWriter.WriteLine(vesselsOut.Stream, record, matches, risk, behind, voyages);
                var row = new VesselRiskRow(risk, record.Current?.Name, record.Current?.Imo, record.Flag?.Code);
                riskRows.Add(row);
                if (matches.Count > 0) screened.Add((record, VesselScreening.ForStore(matches)));
                summary.CountListResults(matches);
                if (risk.IsHighRisk)
                {
                    summary.HighRiskVessels++;
                    result.HighRiskVessels.Add(row);
                }
                var current = record.Current;
                vessels.Add(new ReportVessel(record.Mmsi.Value, current?.Name, current?.Imo, record.Flag?.Code, current?.ShipType?.ToString(), risk,
                    track, draught.Of(record.Mmsi.Value), matches) { Companies = behind, Voyages = voyages ?? [] });
            }
            vesselsOut?.Commit();
        }
        var highest = result.HighRiskVessels.OrderByDescending(r => r.Risk.Score).ToList(); // stable: ties stay in MMSI order
        result.HighRiskVessels.Clear();
        result.HighRiskVessels.AddRange(highest);
        summary.Vessels = records.Count;
        phase("screen_assess");
        var byMmsi = records.ToDictionary(r => r.Mmsi);
        Deliveries = DeliveryFinder.Find(collected.Events, m => byMmsi.GetValueOrDefault(m), request.Product);
        summary.Deliveries = Deliveries.Count;
        _riskRows = riskRows;
        _screened = screened;
        return vessels;
    }

    /// <summary>
    /// Writes what <see cref="Run"/> found into the store: the events (from <c>events.jsonl</c>, committed before),
    /// the risks, the companies, the list matches and the cap table's deliveries (for picket serve; the report draws
    /// them from this run's memory). Touches nothing the report reads, so it may run beside the report's writing.
    /// </summary>
    public void WriteStore(StoreDatabase store)
    {
        ArgumentNullException.ThrowIfNull(store);
        AnalysisResults.WriteEventsFile(store, Path.Combine(request.OutputDirectory, "events.jsonl"), out _);
        AnalysisResults.WriteRisks(store, _riskRows);
        companies.WriteStore(store);
        if (lists != null)
        {
            var screenedAt = time.GetUtcNow();
            foreach (var (record, matches) in _screened) AnalysisResults.WriteScreening(store, record.Mmsi.Value, record.Current?.Imo, record.Current?.Name, matches, screenedAt);
        }
        DeliveryResults.Write(store, Deliveries);
    }

    /// <summary>Deliveries to DPRK ports found by <see cref="Run"/>, for the cap table.</summary>
    public IReadOnlyList<Delivery> Deliveries { get; private set; } = [];

    /// <summary>Every vessel seen: identity records from static reports, plus bare records for vessels heard only in positions or events.</summary>
    private static List<VesselRecord> Records(VesselTracker tracker, IReadOnlyList<PicketEvent> events, ReportTrackSink sketches)
    {
        var records = tracker.Identities.Records().ToDictionary(r => r.Mmsi);
        foreach (var mmsi in events.SelectMany(e => e.Vessels.Select(v => v.Mmsi)).Concat(sketches.Vessels.Select(m => new Mmsi(m))))
        {
            if (records.ContainsKey(mmsi)) continue;
            var flags = mmsi.Flag == null ? IdentityFlags.MidNotCountry : mmsi.Mid == IdentityChecks.DprkMid ? IdentityFlags.DprkMid : IdentityFlags.None;
            records[mmsi] = new VesselRecord(mmsi, mmsi.Flag, flags, [], 0);
        }
        return [.. records.Values.OrderBy(r => r.Mmsi.Value)];
    }
}
