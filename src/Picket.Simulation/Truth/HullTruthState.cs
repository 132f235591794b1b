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
    /// <summary>Last time a transmitted position of this hull was in a port (within the port-call exit distance).</summary>
    public long LastInPortMs = -1;

    // Draught as this hull broadcasts it under the MMSI it uses: a property of the hull, never of the MMSI alone.
    public uint DraughtMmsi;
    public double DraughtHeard = -1;
    /// <summary>Last transmission of the heard value, and its last reception.</summary>
    public long DraughtTxMs = -1, DraughtHeardMs = -1;

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
