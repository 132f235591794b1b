using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Vessels;
using Picket.Simulation.Geography;
using Picket.Simulation.Vessels;

namespace Picket.Simulation.Truth;

/// <summary>
/// Writes <c>truth.jsonl</c> as the run goes. Most truth is read off what was actually transmitted — per MMSI on air
/// (gaps and identity changes, as a detector keys them) or per hull (loitering, port calls, draught, jumps, clones) —
/// so background traffic that happens to meet a rule is in the truth too (<c>planted: false</c>) and nothing is
/// claimed that was not on air. Encounters are watched for the planted pairs only (<see cref="EncounterWatch"/>);
/// background traffic is built never to meet the encounter rule (anchorages lie inside the port exclusion, pair
/// trawlers move at 3–4.5 kn). Every event carries evidence keys <c>planted</c>, <c>scenario</c>, <c>observable</c>
/// (false: it happened but AIS shows nothing, e.g. a meeting with one side dark) and <c>hull</c> (the simulator's
/// vessel index, to tie events of one hull together).
/// </summary>
internal sealed partial class TruthRecorder
{
    private sealed class Heard
    {
        /// <summary>Last position received from this MMSI, and where.</summary>
        public long LastMs;
        public LatLon At;
        /// <summary>Last position transmitted under this MMSI, heard or not.</summary>
        public long LastTxMs;
        /// <summary>Longest pause between two transmissions since the last reception: ≥ 6 h means the transmitter was off.</summary>
        public long LongestSilenceMs;
        public int Imo;
        public string Name = "";
        public string CallSign = "";
        public double Draught = -1;
        public long StaticMs = -1;
    }

    private readonly IEventSink _sink;
    private readonly Region _region;
    private readonly string _reportInterval;
    private readonly Dictionary<uint, Heard> _byMmsi = [];
    private readonly Dictionary<int, (uint Mmsi, long LastMs)> _mmsiByImo = [];
    private int _next;

    public TruthRecorder(IEventSink sink, Region region, string reportInterval)
    {
        _sink = sink;
        _region = region;
        _reportInterval = reportInterval;
    }

    /// <summary>Events written, by "type" and by "type (not observable)".</summary>
    public SortedDictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    /// <summary>What the feed has said about <paramref name="mmsi"/>: name, IMO and call sign from its last static report.</summary>
    public (int Imo, string Name, string CallSign, double Draught)? Static(uint mmsi) =>
        _byMmsi.TryGetValue(mmsi, out var h) && h.StaticMs >= 0 ? (h.Imo, h.Name, h.CallSign, h.Draught) : null;

    /// <summary>A position report was transmitted: updates what was heard and emits the gap it ends, if any.</summary>
    /// <param name="v">The transmitting vessel.</param>
    /// <param name="t">When, in UNIX milliseconds.</param>
    /// <param name="reported">The position it reported (which a GNSS jump or a clone makes differ from where it is).</param>
    /// <param name="sog">The speed over ground it reported, in knots.</param>
    /// <param name="received">Whether any receiver heard this report: gaps are silences in what was received.</param>
    public void OnPosition(SimVessel v, long t, LatLon reported, double sog, bool received)
    {
        uint mmsi = v.Broadcast.Mmsi;
        var heard = Get(mmsi);
        if (heard.LastTxMs > 0) heard.LongestSilenceMs = Math.Max(heard.LongestSilenceMs, t - heard.LastTxMs);
        heard.LastTxMs = t;
        if (received)
        {
            // A gap is what a detector sees: no position received for 6 h. Its cause is "dark" when the transmitter
            // itself was silent for 6 h, else "coverage" (sent but not heard: background, not planted).
            if (heard.LastMs > 0 && t - heard.LastMs >= TruthRules.GapMinMs)
            {
                bool dark = heard.LongestSilenceMs >= TruthRules.GapMinMs;
                Emit(EventType.Gap, v, heard.LastMs, t, heard.At, [Describe(mmsi)], true, new Evidence()
                    .Add("cause", dark ? "dark" : "coverage")
                    .Add("off", Fix(heard.LastMs, heard.At))
                    .Add("on", Fix(t, reported))
                    .Add("duration_h", (t - heard.LastMs) / 3_600_000.0)
                    .Add("distance_km", heard.At.DistanceMetres(reported) / 1000), dark ? null : "background");
            }
            heard.LastMs = t;
            heard.At = reported;
            heard.LongestSilenceMs = 0;
        }

        var s = v.Truth;
        // GNSS jump: reported positions displaced while the fault lasts.
        if (t < v.JumpUntilMs)
        {
            if (s.JumpFirst < 0)
            {
                s.JumpFirst = t;
                s.JumpAt = reported;
                s.JumpKm = v.JumpMetres / 1000;
            }
            s.JumpLast = t;
        }
        else if (s.JumpFirst >= 0) CloseJump(v);

        // A hull broadcasting somebody else's MMSI.
        if (s.CloneOf != 0 && mmsi == s.CloneOf)
        {
            if (s.CloneFirst < 0)
            {
                s.CloneFirst = t;
                s.CloneAt = reported;
            }
            s.CloneLast = t;
        }
        else if (s.CloneFirst >= 0) CloseClone(v);

        Loiter(v, t, reported, sog, mmsi);
        PortCall(v, t, reported, mmsi);
    }

    private void Loiter(SimVessel v, long t, LatLon p, double sog, uint mmsi)
    {
        var s = v.Truth;
        bool slow = sog < TruthRules.SlowKnots && _region.NearestPortMetres(p, out _) >= TruthRules.PortExclusionMetres;
        if (slow && s.LoiterStart >= 0 && t - s.LoiterLast <= TruthRules.LoiterBreakMs && mmsi == s.LoiterMmsi)
        {
            s.LoiterLast = t;
            return;
        }
        CloseLoiter(v);
        if (!slow) return;
        s.LoiterStart = s.LoiterLast = t;
        s.LoiterAt = p;
        s.LoiterMmsi = mmsi;
    }

    private void PortCall(SimVessel v, long t, LatLon p, uint mmsi)
    {
        var s = v.Truth;
        if (s.Port == null && t < s.NextPortCheckMs) return;
        double d = _region.NearestPortMetres(p, out var port);
        if (s.Port != null)
        {
            if (d <= TruthRules.PortExitMetres && port == s.Port && mmsi == s.PortMmsi)
            {
                s.PortLast = s.LastInPortMs = t;
                return;
            }
            ClosePort(v);
        }
        if (d <= TruthRules.PortEntryMetres && port != null)
        {
            s.Port = port;
            s.PortStart = s.PortLast = s.LastInPortMs = t;
            s.PortMmsi = mmsi;
        }
        else
        {
            // Nothing can reach a port sooner than at 30 kn.
            double metres = Math.Min(d, 50_000) - TruthRules.PortEntryMetres;
            s.NextPortCheckMs = t + (long)(metres / (30 * Leg.MetresPerSecondPerKnot) * 1000);
        }
    }

    public void Encounter(EncounterWatch w, long start, long end, LatLon at, bool observable, uint mmsiA, uint mmsiB)
    {
        EventVessel a = observable ? Describe(mmsiA) : Vessel(w.A.TrueIdentity), b = observable ? Describe(mmsiB) : Vessel(w.B.TrueIdentity);
        var vessels = a.Mmsi.Value <= b.Mmsi.Value ? new[] { a, b } : [b, a];
        Emit(EventType.Encounter, w.A, start, end, at, vessels, observable, new Evidence()
            .Add("true_mmsi_a", (long)w.A.TrueIdentity.Mmsi)
            .Add("true_mmsi_b", (long)w.B.TrueIdentity.Mmsi)
            .Add("duration_h", (end - start) / 3_600_000.0), w.Scenario);
    }

    public void Flush(IReadOnlyList<SimVessel> vessels)
    {
        foreach (var v in vessels)
        {
            CloseLoiter(v);
            ClosePort(v);
            CloseJump(v);
            CloseClone(v);
        }
    }

    private void CloseLoiter(SimVessel v)
    {
        var s = v.Truth;
        if (s.LoiterStart < 0) return;
        if (s.LoiterLast - s.LoiterStart >= TruthRules.LoiterMinMs)
            Emit(EventType.Loitering, v, s.LoiterStart, s.LoiterLast, s.LoiterAt, [Describe(s.LoiterMmsi)], true, new Evidence()
                .Add("duration_h", (s.LoiterLast - s.LoiterStart) / 3_600_000.0));
        s.LoiterStart = -1;
    }

    private void ClosePort(SimVessel v)
    {
        var s = v.Truth;
        if (s.Port is not { } port) return;
        Emit(EventType.PortCall, v, s.PortStart, s.PortLast, new LatLon(port.Lat, port.Lon), [Describe(s.PortMmsi)], true, new Evidence()
            .Add("port", port.Name)
            .Add("locode", port.Locode)
            .Add("country", port.Country));
        s.Port = null;
    }

    private void CloseJump(SimVessel v)
    {
        var s = v.Truth;
        if (s.JumpFirst < 0) return;
        Emit(EventType.PositionJump, v, s.JumpFirst, s.JumpLast, s.JumpAt, [Describe(v.Broadcast.Mmsi)], true, new Evidence()
            .Add("jump_km", s.JumpKm));
        s.JumpFirst = -1;
    }

    private void CloseClone(SimVessel v)
    {
        var s = v.Truth;
        if (s.CloneFirst < 0) return;
        Emit(EventType.IdentityClash, v, s.CloneFirst, s.CloneLast, s.CloneAt, [Describe(s.CloneOf)], true, new Evidence()
            .Add("impostor_true_mmsi", (long)v.TrueIdentity.Mmsi));
        s.CloneFirst = -1;
    }

    private Heard Get(uint mmsi)
    {
        if (!_byMmsi.TryGetValue(mmsi, out var h)) _byMmsi[mmsi] = h = new Heard();
        return h;
    }

    private EventVessel Describe(uint mmsi)
    {
        if (_byMmsi.TryGetValue(mmsi, out var h) && h.StaticMs >= 0)
            return new EventVessel(new Mmsi(mmsi), h.Imo > 0 ? h.Imo : null, h.Name.Length > 0 ? h.Name : null);
        return new EventVessel(new Mmsi(mmsi));
    }

    private static EventVessel Vessel(Identity id) => new(new Mmsi(id.Mmsi), id.Imo > 0 ? id.Imo : null, id.Name);

    private static Evidence Fix(long t, LatLon p) => new Evidence().Add("time", Time(t)).Add("position", Point(p));

    private static DateTimeOffset Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    private static GeoPoint Point(LatLon p) => GeoPoint.Create(p.Lat, p.Lon);

    private void Emit(EventType type, SimVessel v, long start, long end, LatLon? at, EventVessel[] vessels, bool observable, Evidence specific, string? scenario = null)
    {
        scenario ??= v.Scenario;
        var evidence = new Evidence()
            .Add("planted", scenario != "background")
            .Add("scenario", scenario)
            .Add("observable", observable)
            .Add("hull", (long)v.Index)
            .Add("report_interval", _reportInterval);
        foreach (var (name, value) in specific.Items) Copy(evidence, name, value);
        string id = $"truth-{++_next:D6}";
        var e = new PicketEvent(id, type, Time(start), Time(end), at is { } p ? Point(p) : null, vessels, 1.0, evidence);
        _sink.Emit(e);
        Remember(e);
        string key = type.ToWireName() + (observable ? "" : " (not observable)");
        Counts[key] = Counts.GetValueOrDefault(key) + 1;
    }

    private static void Copy(Evidence to, string key, object? value)
    {
        switch (value)
        {
            case double d: to.Add(key, d); break;
            case long l: to.Add(key, l); break;
            case string s: to.Add(key, s); break;
            case bool b: to.Add(key, b); break;
            case DateTimeOffset t: to.Add(key, t); break;
            case GeoPoint g: to.Add(key, g); break;
            case Evidence e: to.Add(key, e); break;
            case IReadOnlyList<string> list: to.Add(key, list); break;
            default: to.Add(key, (string?)null); break;
        }
    }
}
