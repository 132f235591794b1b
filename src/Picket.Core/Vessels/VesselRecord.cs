namespace Picket.Core.Vessels;

/// <summary>What Picket knows about one MMSI's identity: the timeline and the flags on it. One line of vessels.jsonl.</summary>
/// <param name="Mmsi">The MMSI the record describes.</param>
/// <param name="Flag">The flag state of its MID, or null when unassigned.</param>
/// <param name="Flags">Identity flags seen on any entry of the timeline.</param>
/// <param name="History">The identity timeline in time order (see <see cref="IdentityHistory.Entries"/>).</param>
/// <param name="Reports">Static reports applied over the MMSI's life.</param>
public sealed record VesselRecord(Mmsi Mmsi, FlagState? Flag, IdentityFlags Flags, IReadOnlyList<VesselIdentity> History, long Reports)
{
    /// <summary>The latest identity, or null for an empty history.</summary>
    public VesselIdentity? Current => History.Count == 0 ? null : History[^1];
}
