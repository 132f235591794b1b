using Picket.Cluster.Wire;

namespace Picket.Cluster.Grains;

/// <summary>
/// Whether a grain's checkpoint belongs to the run an epoch comes from. Grains are keyed by MMSI or sea cell, not by
/// run, so that the store holds one checkpoint per vessel and cell however many runs a kept-up cluster serves; a new
/// run therefore meets the last run's checkpoints. Of this run: the epoch must be the one applied (answered from the
/// record — the silo-kill recovery sends epochs again) or the next. Of another run: the grain starts clean, but only
/// at its first epoch of this run — anywhere else another run took the grain over meanwhile (two runs at once), and
/// going on would mix their states, so the call is refused with both runs named.
/// </summary>
internal static class RunCheckpoint
{
    /// <summary>True when the checkpoint is this run's (restore from it); false when the grain starts clean.</summary>
    /// <param name="grain">What the grain is, for the message ("vessel 412000001").</param>
    /// <param name="at">The epoch called.</param>
    /// <param name="run">The run of the checkpoint (null before runs were named, or none).</param>
    /// <param name="epoch">The checkpoint's epoch.</param>
    /// <param name="exists">Whether there is a checkpoint at all.</param>
    public static bool IsOwn(string grain, RunEpoch at, string? run, int epoch, bool exists)
    {
        if (exists && run == at.Run)
        {
            if (at.Epoch != epoch && at.Epoch != epoch + 1)
                throw new InvalidOperationException($"{grain} applied epoch {epoch} of run {run}; epoch {at.Epoch} is not the next");
            return true;
        }
        if (!at.First)
            throw new InvalidOperationException(
                $"{grain}: its checkpoint is of run {run ?? "(none)"}, not of run {at.Run} which sent it epoch {at.Epoch} before; " +
                "another picket cluster analyze ran on this cluster at the same time — runs on one cluster go one after another");
        return false;
    }
}
