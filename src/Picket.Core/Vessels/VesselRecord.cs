namespace Picket.Core.Vessels;

/// <summary>What Picket knows about one MMSI's identity: the timeline and the flags on it. One line of vessels.jsonl.</summary>
public sealed record VesselRecord(Mmsi Mmsi, FlagState? Flag, IdentityFlags Flags, IReadOnlyList<VesselIdentity> History, long Reports)
{
    public VesselIdentity? Current => History.Count == 0 ? null : History[^1];
}
