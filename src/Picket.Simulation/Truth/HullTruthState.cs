using Picket.Simulation.Geography;

namespace Picket.Simulation.Truth;

/// <summary>Per-hull state of the truth oracles: a few numbers, never a track.</summary>
internal sealed class HullTruthState
{
    // Loitering run (on-air positions, slow and away from port).
    public long LoiterStart = -1, LoiterLast;
    public LatLon LoiterAt;
    public uint LoiterMmsi;

    // Port call.
    public Picket.Core.Ports.Port? Port;
    public long PortStart, PortLast;
    public LatLon PortAt;
    public uint PortMmsi;
    /// <summary>No port is within reach before this time (skips the port search while far out at sea).</summary>
    public long NextPortCheckMs;

    // GNSS jump.
    public long JumpFirst = -1, JumpLast;
    public LatLon JumpAt;
    public double JumpKm;

    /// <summary>The MMSI this hull broadcasts falsely (a clone), 0 when none.</summary>
    public uint CloneOf;
    public long CloneFirst = -1, CloneLast;
    public LatLon CloneAt;
}
