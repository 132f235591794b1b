using System.Globalization;
using Picket.Analysis.Live;

namespace Picket.Cli.Commands;

/// <summary>The memory part of <c>picket watch</c>'s status line: where the resident set is and what the analysis holds.</summary>
internal static class WatchMemoryText
{
    /// <summary>
    /// <c>, memory 240 MiB (managed 80 of 120 committed, native 120, store 30), held 1,200 tracks, 5,000 identities,
    /// 9,000 hulls, 4,000 detector records</c>; empty when not measured. The words are fixed: bench/watch/soak.sh reads them.
    /// </summary>
    public static string Describe(LiveMemory? m) => m == null ? "" : string.Create(CultureInfo.InvariantCulture,
        $", memory {MiB(m.WorkingSetBytes)} MiB (managed {MiB(m.ManagedHeapBytes)} of {MiB(m.ManagedCommittedBytes)} committed, native {MiB(m.NativeBytes)}, store {(m.StoreBytes is { } b ? MiB(b).ToString(CultureInfo.InvariantCulture) : "-")}), "
        + $"held {m.TrackedVessels:N0} tracks, {m.Identities:N0} identities, {m.Hulls:N0} hulls, {m.DetectorRecords:N0} detector records");

    private static long MiB(long bytes) => (bytes + (1 << 19)) >> 20;
}
