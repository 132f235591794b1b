using Picket.Simulation.Geography;
using Picket.Simulation.Vessels;

namespace Picket.Simulation.Truth;

/// <summary>
/// Watches a planted pair once a minute with the encounter rule (within 500 m, both under 2 kn, ≥ 10 km from port)
/// on their true positions, and remembers whether both were on air for the whole meeting. A meeting with one side
/// dark is still written to the truth, marked <c>observable: false</c>: it happened, but no AIS detector can see it.
/// </summary>
internal sealed class EncounterWatch
{
    private readonly Region _region;
    private long _start = -1, _last;
    private bool _anyDark;
    private LatLon _at;
    private uint _mmsiA, _mmsiB;

    public EncounterWatch(SimVessel a, SimVessel b, string scenario, Region region)
    {
        A = a;
        B = b;
        Scenario = scenario;
        _region = region;
    }

    public SimVessel A { get; }
    public SimVessel B { get; }
    public string Scenario { get; }

    public void Step(long tMs, TruthRecorder truth)
    {
        var a = A.StateAt(tMs);
        var b = B.StateAt(tMs);
        bool meeting = a.Position.DistanceMetres(b.Position) <= TruthRules.EncounterMetres
            && a.Sog < TruthRules.SlowKnots && b.Sog < TruthRules.SlowKnots
            && _region.NearestPortMetres(a.Position, out _) >= TruthRules.PortExclusionMetres;
        if (meeting)
        {
            if (_start < 0)
            {
                _start = tMs;
                _anyDark = false;
                _at = a.Position;
                _mmsiA = A.Broadcast.Mmsi;
                _mmsiB = B.Broadcast.Mmsi;
            }
            _last = tMs;
            _anyDark |= A.Dark || B.Dark;
        }
        else Close(truth);
    }

    public void Close(TruthRecorder truth)
    {
        if (_start < 0) return;
        if (_last - _start >= TruthRules.EncounterMinMs)
            truth.Encounter(this, _start, _last, _at, !_anyDark, _mmsiA, _mmsiB);
        _start = -1;
    }
}
