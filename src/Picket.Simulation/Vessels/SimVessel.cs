using Picket.Ais.Messages;
using Picket.Simulation.Geography;
using Picket.Simulation.Truth;

namespace Picket.Simulation.Vessels;

/// <summary>
/// One simulated hull: its true identity, what its transponder currently broadcasts, its current leg and its radio
/// schedule. Everything is a handful of values; the track exists only as the lines written out.
/// </summary>
internal sealed class SimVessel
{
    public SimVessel(int index, bool classB, Identity identity, IBehaviour behaviour, Leg first, SimRandom random, string scenario)
    {
        Index = index;
        ClassB = classB;
        TrueIdentity = identity;
        Broadcast = identity;
        Behaviour = behaviour;
        Leg = first;
        Random = random;
        Scenario = scenario;
    }

    public int Index { get; }
    public bool ClassB { get; }
    /// <summary>The hull's own identity (what a boarding party would find).</summary>
    public Identity TrueIdentity { get; set; }
    /// <summary>What the transponder sends now.</summary>
    public Identity Broadcast { get; set; }
    public IBehaviour Behaviour { get; set; }
    public Leg Leg { get; private set; }
    public SimRandom Random { get; }
    /// <summary>"background" or the name of the planted scenario this hull plays in.</summary>
    public string Scenario { get; }

    /// <summary>AIS switched off: nothing is transmitted.</summary>
    public bool Dark { get; set; }
    /// <summary>False for transponders that send positions only (clones that would betray themselves by static data).</summary>
    public bool SendsStatic { get; set; } = true;
    /// <summary>A GNSS fault or spoof moves reported positions by this offset until the given time.</summary>
    public long JumpUntilMs { get; set; }
    public double JumpBearing { get; set; }
    public double JumpMetres { get; set; }

    public long NextPositionMs { get; set; }
    public long NextStaticMs { get; set; }
    public int StaticPart { get; set; }
    public char NextChannel { get; set; } = 'A';

    public HullTruthState Truth { get; } = new();

    /// <summary>True state at <paramref name="tMs"/>; advances through legs as needed (time only moves forward).</summary>
    public (LatLon Position, double Sog, double Cog, NavigationStatus Status) StateAt(long tMs)
    {
        int guard = 0;
        while (tMs >= Leg.EndMs && guard++ < 1000)
            Leg = Behaviour.Next(this);
        var (p, sog, cog) = Leg.At(tMs);
        return (p, sog, cog, Leg.Status);
    }
}
