using System.Text.Json;
using Picket.Ais.Nmea;
using Picket.Core.Assessment;
using Picket.Core.Events;

namespace Picket.Analysis;

/// <summary>The counts an analyst or a script reads after a run: input lines and rejections, vessels, events by type.</summary>
public sealed class AnalysisSummary
{
    /// <summary>The NMEA decoder's counts: lines, messages, and rejected lines by reason.</summary>
    public DecodeStatistics Decode { get; } = new();
    /// <summary>CSV rows read over all CSV inputs.</summary>
    public long CsvRows { get; set; }
    /// <summary>CSV rows that could not be used (bad MMSI, time or position), counted, not thrown.</summary>
    public long CsvRejected { get; set; }
    /// <summary>Positions the analysis used, after the time and area filters.</summary>
    public long Positions { get; set; }
    /// <summary>Positions left out by the request's window (<c>--from</c>, <c>--to</c>, <c>--bbox</c>).</summary>
    public long FilteredOut { get; set; }
    /// <summary>Positions and identity reports dropped for an implausible time (see <c>--time-window-days</c>).</summary>
    public long ImplausibleTimes { get; set; }
    /// <summary>Position rows written to <c>picket.duckdb</c> (every decoded position, filters do not apply); 0 without a store.</summary>
    public long StoredPositions { get; set; }
    /// <summary>Distinct MMSIs seen.</summary>
    public int Vessels { get; set; }
    /// <summary>Vessels whose risk score reached the high-risk threshold.</summary>
    public int HighRiskVessels { get; set; }
    /// <summary>Vessels with at least one listing: the listed IMO or MMSI, or a listed name backed by other facts.</summary>
    public int ListedVessels { get; set; }
    /// <summary>Of <see cref="ListedVessels"/>, those listed by a corroborated name rather than an identifier.</summary>
    public int ListedByName { get; set; }
    /// <summary>Vessels with no listing but at least one lead: a list name (or call sign) alone, for the analyst to check.</summary>
    public int LeadVessels { get; set; }
    /// <summary>Vessels with a list name whose broadcast IMO is another ship's: noted, not matched.</summary>
    public int ImoConflictVessels { get; set; }
    /// <summary>Estimated deliveries into DPRK ports, counted against the UN cap (UNSC resolution 2397 (2017)).</summary>
    public int Deliveries { get; set; }
    /// <summary>The sanctions lists loaded, one per source with its path and its entity, skipped and warning counts; "none" without lists.</summary>
    public string Lists { get; set; } = "none";
    /// <summary>The registry read (<c>--registry</c>): rows, company roles, bad rows by reason; "none" without one.</summary>
    public string Registry { get; set; } = "none";
    /// <summary>Vessels owned, managed or operated by a listed company while seen (a company path counted in their risk).</summary>
    public int VesselsWithListedCompany { get; set; }
    /// <summary>Events written, by wire type name (<c>encounter</c>, <c>gap</c>, …).</summary>
    public Dictionary<string, int> EventsByType { get; } = [];
    /// <summary>Managed heap still reachable when the input is read (tracks, detectors, events, sketches).</summary>
    public long LiveHeapBytesAfterRead { get; set; }
    /// <summary>Wall-clock seconds per phase of the run, in order: where the time went.</summary>
    public Dictionary<string, double> PhaseSeconds { get; } = [];

    /// <summary>What an input said about itself that explains its numbers: a CSV of unknown layout, its date convention.</summary>
    public List<string> InputNotes { get; } = [];

    /// <summary>Counts one vessel's judged list results: a listing, else a lead; an IMO conflict is counted on its own.</summary>
    public void CountListResults(IReadOnlyList<ListMatchEvidence> matches)
    {
        var listings = matches.Where(m => m.Standing == ListMatchStanding.Listing).ToList();
        if (listings.Count > 0)
        {
            ListedVessels++;
            if (!listings.Any(m => m.MatchedOn is "imo" or "mmsi")) ListedByName++;
        }
        else if (matches.Any(m => m.Standing == ListMatchStanding.Lead)) LeadVessels++;
        if (matches.Any(m => m.Standing == ListMatchStanding.Note)) ImoConflictVessels++;
    }

    /// <summary>The summary box of <c>report.html</c>: label → value, numbers formatted culture-invariantly.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ForReport()
    {
        var rows = new List<KeyValuePair<string, string>>
        {
            new("lines read", Decode.Lines.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)),
            new("messages decoded", Decode.Messages.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)),
            new("rejected lines", Decode.RejectedLines.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)),
        };
        foreach (RejectReason r in Enum.GetValues<RejectReason>())
            if (r != RejectReason.None && Decode.Rejected(r) > 0) rows.Add(new("  " + DecodeStatistics.ReasonName(r), Decode.Rejected(r).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (CsvRows > 0) rows.Add(new("CSV rows (rejected)", $"{CsvRows} ({CsvRejected})"));
        foreach (var note in InputNotes) rows.Add(new("input note", note));
        rows.Add(new("positions used", Positions.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
        if (ImplausibleTimes > 0) rows.Add(new("dropped for an implausible time", ImplausibleTimes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
        rows.Add(new("sanctions lists", Lists));
        rows.Add(new("ship registry", Registry));
        rows.Add(new("vessels behind which stands a listed company", VesselsWithListedCompany.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        rows.Add(new("vessels on a list", ListedVessels.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        rows.Add(new("  of them by a corroborated name", ListedByName.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        rows.Add(new("vessels with a list lead only (name alone)", LeadVessels.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        rows.Add(new("list names on another IMO (not matched)", ImoConflictVessels.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        rows.Add(new("deliveries to DPRK ports", Deliveries.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return rows;
    }

    /// <summary>Writes <c>summary.json</c>: every count above as one indented JSON object (keys in snake_case).</summary>
    /// <param name="stream">Receives UTF-8 JSON; left open.</param>
    public void WriteJson(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WritePropertyName("decode");
        Decode.WriteJson(w);
        w.WriteNumber("csv_rows", CsvRows); w.WriteNumber("csv_rejected", CsvRejected);
        w.WriteStartArray("input_notes");
        foreach (var note in InputNotes) w.WriteStringValue(note);
        w.WriteEndArray();
        w.WriteNumber("positions", Positions); w.WriteNumber("filtered_out", FilteredOut); w.WriteNumber("implausible_times", ImplausibleTimes); w.WriteNumber("stored_positions", StoredPositions);
        w.WriteNumber("vessels", Vessels); w.WriteNumber("high_risk_vessels", HighRiskVessels); w.WriteNumber("listed_vessels", ListedVessels);
        w.WriteNumber("listed_by_name", ListedByName); w.WriteNumber("lead_vessels", LeadVessels); w.WriteNumber("imo_conflict_vessels", ImoConflictVessels);
        w.WriteNumber("deliveries", Deliveries); w.WriteString("lists", Lists);
        w.WriteString("registry", Registry); w.WriteNumber("vessels_with_listed_company", VesselsWithListedCompany);
        w.WriteNumber("live_heap_mb_after_read", Math.Round(LiveHeapBytesAfterRead / 1048576.0, 1));
        w.WriteStartObject("phase_seconds");
        foreach (var (phase, seconds) in PhaseSeconds) w.WriteNumber(phase, Math.Round(seconds, 3));
        w.WriteEndObject();
        w.WriteStartObject("events");
        foreach (var t in Enum.GetValues<EventType>()) w.WriteNumber(t.ToWireName(), EventsByType.GetValueOrDefault(t.ToWireName()));
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
